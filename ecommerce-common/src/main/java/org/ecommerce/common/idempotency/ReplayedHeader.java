package org.ecommerce.common.idempotency;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks an answer that {@link Idempotency} replayed for an operation returning a record, which cannot set the
 * header itself: {@code Idempotent-Replayed: true}.
 */
@Provider
public class ReplayedHeader implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        // The request's properties are its servlet attributes, read without the injected request's proxy, which
        // was a measurable part of every answer.
        if (requestContext.getProperty(Idempotency.REPLAYED_ATTRIBUTE) != null) {
            response.getHeaders().putSingle(IdempotencyKey.REPLAYED, "true");
        }
    }
}

package org.ecommerce.common.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks an answer that {@link Idempotency} replayed for an operation returning a record, which cannot set the
 * header itself: {@code Idempotent-Replayed: true}.
 */
@Provider
public class ReplayedHeader implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        if (request != null && request.getAttribute(Idempotency.REPLAYED_ATTRIBUTE) != null) {
            response.getHeaders().putSingle(IdempotencyKey.REPLAYED, "true");
        }
    }
}

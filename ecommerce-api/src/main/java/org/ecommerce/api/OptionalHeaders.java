package org.ecommerce.api;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.List;

/**
 * Leaves out an {@link Headers#IDEMPOTENCY_KEY} parameter passed as {@code null} (or empty): a Rest Client would
 * send it as an empty header, which the services refuse as a malformed key rather than take as no key.
 */
public class OptionalHeaders implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        List<Object> values = request.getHeaders().get(Headers.IDEMPOTENCY_KEY);
        if (values != null
                && values.stream().allMatch(v -> v == null || v.toString().isEmpty())) {
            request.getHeaders().remove(Headers.IDEMPOTENCY_KEY);
        }
    }
}

package org.ecommerce.common.identity;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.ecommerce.common.web.RequestId;

/**
 * Passes the current request id on to a downstream call, for Rest Clients that call public endpoints without the
 * service identity ({@link ServiceIdentityFilter} does this too).
 */
public class RequestIdForwarding implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        RequestId.ifPresent().ifPresent(id -> request.getHeaders().putSingle(RequestId.HEADER, id));
    }
}

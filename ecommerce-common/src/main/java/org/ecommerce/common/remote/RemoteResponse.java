package org.ecommerce.common.remote;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The answer of a Rest Client call as a response, whatever its status. MicroProfile Rest Client turns statuses of
 * 400 and more into exceptions through its default mapper unless {@code microprofile.rest.client.disable.default.mapper}
 * is set, and with several applications in one server that setting was seen to apply to some and not to others.
 * Callers that decide by status use this, so they work either way.
 */
public final class RemoteResponse {

    private RemoteResponse() {}

    /**
     * Makes a Rest Client call and returns its response whatever the status.
     *
     * @param call the call, for example {@code () -> api.deduct(id, body)}
     * @return the response, also for statuses of 400 and more
     * @throws WebApplicationException when the call failed without a response
     */
    public static Response of(Supplier<Response> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() == null) {
                throw e;
            }
            return e.getResponse();
        }
    }
}

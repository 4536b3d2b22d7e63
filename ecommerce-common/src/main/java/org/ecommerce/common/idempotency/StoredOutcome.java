package org.ecommerce.common.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The first outcome of an idempotent request, as kept for replay.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type, or {@code null} without a body
 * @param body        the body as sent, or {@code null}
 * @param location    the {@code Location} header of a 201, or {@code null}
 */
record StoredOutcome(int status, String contentType, String body, String location) {

    /** The header that marks a replayed response, so that a client can tell a replay from a first run. */
    static final String REPLAYED = IdempotencyKey.REPLAYED;

    Response toReplay() {
        Response.ResponseBuilder response = Response.status(status).header(REPLAYED, "true");
        if (body != null) {
            response.entity(body).type(contentType);
        }
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        return response.build();
    }
}

package org.ecommerce.common.problem;

import java.util.Map;

/** Standard reason phrases, used as the title of {@code about:blank} problems. */
final class HttpStatusTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpStatusTitles() {}

    static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status >= 500 ? "Server Error" : "Client Error";
    }

    /** A detail that says no more than the status does, for errors whose own text must not reach a client. */
    static String genericDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Authentication is required: send a valid bearer token.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This method is not supported on this path.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request body is larger than 1 MiB.";
            case 415 -> "The request body must be application/json.";
            case 503 -> "The service is temporarily unavailable; try again later.";
            default ->
                status >= 500
                        ? "The request failed; the log has the details under this request's id."
                        : "The request cannot be processed.";
        };
    }
}

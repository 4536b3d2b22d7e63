package org.ecommerce.common.problem;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ecommerce.api.Headers;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemType;

/** Turns a {@link Problem} into a response, for JAX-RS and for plain servlets alike. */
public final class ProblemResponses {

    private ProblemResponses() {}

    /**
     * The JAX-RS response of a problem.
     *
     * @param problem the problem, whose status becomes the response's
     * @return the response, {@code application/problem+json;charset=UTF-8}
     */
    public static Response of(Problem problem) {
        return of(problem, Map.of());
    }

    /**
     * The JAX-RS response of a problem, with extra headers.
     *
     * @param problem the problem, whose status becomes the response's
     * @param headers header names and values to add, for example {@code Retry-After}
     * @return the response, {@code application/problem+json;charset=UTF-8}
     */
    public static Response of(Problem problem, Map<String, String> headers) {
        // Written as text so that no JSON provider negotiation can change the media type or the member names.
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem.toJson().toString());
        headers.forEach(response::header);
        return response.build();
    }

    /** The answer to a refusal: its problem, with the headers its kind calls for. */
    public static Response of(Refusal refusal) {
        return of(problemOf(refusal), headersOf(refusal));
    }

    /**
     * The problem document a refusal is answered with: an earlier answer again as it was, or the problem of its
     * kind, type, detail and field errors.
     */
    public static Problem problemOf(Refusal refusal) {
        if (refusal.earlier() != null) {
            return refusal.earlier();
        }
        int status = statusOf(refusal.kind());
        if (refusal.type() == null) {
            return Problem.of(status, refusal.detail());
        }
        String title = refusal.type() == ProblemType.VALIDATION
                ? "Invalid request"
                : Problem.of(status, "").title();
        return new Problem(refusal.type().uri(), title, status, refusal.detail(), refusal.errors());
    }

    /** The headers a refusal's answer carries besides its problem. */
    public static Map<String, String> headersOf(Refusal refusal) {
        if (refusal.earlier() != null) {
            return Map.of(Headers.IDEMPOTENT_REPLAYED, "true");
        }
        return switch (refusal.kind()) {
            case UNAUTHENTICATED -> Map.of("WWW-Authenticate", "Bearer");
            case THROTTLED -> Map.of("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            default -> Map.of();
        };
    }

    /** The status of each kind of refusal: the one place where the domain's refusals meet HTTP. */
    static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case KEY_REUSED -> 422;
            case THROTTLED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    /** The kind of refusal an earlier answer of this status was. */
    static Refusal.Kind kindOf(int status) {
        for (Refusal.Kind kind : Refusal.Kind.values()) {
            if (statusOf(kind) == status) {
                return kind;
            }
        }
        return status >= 500 ? Refusal.Kind.UNAVAILABLE : Refusal.Kind.INVALID;
    }

    /**
     * A problem whose detail says no more than its status, for errors whose own message must stay in the log.
     *
     * @param status the HTTP status code
     * @return an {@code about:blank} problem with a fixed detail for the status
     */
    public static Problem generic(int status) {
        return Problem.of(status, genericDetail(status));
    }

    /**
     * Writes a problem from servlet code (filters and the error page), which runs outside JAX-RS. A 401 gets
     * {@code WWW-Authenticate: Bearer}. The response is committed afterwards.
     *
     * @param response the servlet response, not yet committed
     * @param problem  the problem to write
     * @throws IOException when the body cannot be written to the client
     */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = problem.toJson().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A detail that says no more than the status does, for errors whose own text must not reach a client. */
    private static String genericDetail(int status) {
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

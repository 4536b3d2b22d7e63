package org.ecommerce.common.problem;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

    /**
     * A problem whose detail says no more than its status, for errors whose own message must stay in the log.
     *
     * @param status the HTTP status code
     * @return an {@code about:blank} problem with a fixed detail for the status
     */
    public static Problem generic(int status) {
        return Problem.of(status, HttpStatusTitles.genericDetail(status));
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
}

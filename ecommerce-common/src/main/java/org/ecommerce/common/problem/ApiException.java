package org.ecommerce.common.problem;

import java.util.List;
import java.util.Map;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemType;

/**
 * An error meant for the client: it becomes a problem document with its status, and its detail is shown as is,
 * so it must never carry internals. Business rules throw it; {@link ProblemMappers} answer it.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    /**
     * An error answered with the given problem and no extra headers.
     *
     * @param problem what the client is told; its status is the response's status
     */
    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    /**
     * An error answered with the given problem and extra response headers.
     *
     * @param problem what the client is told; its status is the response's status
     * @param headers header names and values to add to the response, copied
     */
    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.status() + " " + problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /**
     * The problem document the client receives.
     *
     * @return the problem, never {@code null}
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Extra response headers, such as {@code Retry-After}.
     *
     * @return the headers, unmodifiable; empty when there are none
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the problem's status, for example 409
     */
    public int status() {
        return problem.status();
    }

    /**
     * 400 with field errors.
     *
     * @param errors one error per offending member, named as the client names it
     * @return a 400 of type {@code urn:ecommerce:problem:validation} carrying the errors
     */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(new Problem(
                ProblemType.VALIDATION.uri(),
                "Invalid request",
                400,
                "The request has invalid members; see errors.",
                errors));
    }

    /**
     * 400 with one field error.
     *
     * @param field   the member as the client names it (snake_case), or a header such as {@code Idempotency-Key}
     * @param message what is wrong with it, for example {@code "must not be blank"}
     * @return a 400 of type {@code urn:ecommerce:problem:validation} carrying the one error
     */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /**
     * 400 without a field to blame.
     *
     * @param detail what is wrong with the request, shown to the client
     * @return a 400 identified by its status alone
     */
    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of(400, detail));
    }

    /**
     * 403: the caller is authenticated but may not do this, for example act on another customer's account.
     *
     * @param detail why not, shown to the client
     * @return a 403 identified by its status alone
     */
    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(403, detail));
    }

    /**
     * 404: no such resource, or one the caller may not learn exists (such as a flagged review).
     *
     * @param detail what was not found, for example {@code "No such good."}
     * @return a 404 identified by its status alone
     */
    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, detail));
    }

    /**
     * 409 naming the conflict, so that clients can tell conflicts apart without parsing the detail.
     *
     * @param type   a type answered with 409, for example {@link ProblemType#INSUFFICIENT_FUNDS}
     * @param detail what conflicts, shown to the client
     * @return a 409 of that type
     */
    public static ApiException conflict(ProblemType type, String detail) {
        return new ApiException(new Problem(type.uri(), "Conflict", 409, detail, List.of()));
    }

    /**
     * 401 for credentials that do not check out.
     *
     * @param detail what the client is told; it must not say which part was wrong
     * @return a 401 with {@code WWW-Authenticate: Bearer}
     */
    public static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of(401, detail), Map.of("WWW-Authenticate", "Bearer"));
    }

    /**
     * 422: the request is well-formed but cannot be processed, for example an {@code Idempotency-Key} reused with
     * another body.
     *
     * @param type   a type answered with 422, for example {@link ProblemType#IDEMPOTENCY_KEY_REUSED}
     * @param detail what is wrong, shown to the client
     * @return a 422 of that type
     */
    public static ApiException unprocessable(ProblemType type, String detail) {
        return new ApiException(new Problem(type.uri(), "Unprocessable Content", 422, detail, List.of()));
    }

    /**
     * 429: the caller is throttled and should wait.
     *
     * @param detail            what the client is told
     * @param retryAfterSeconds how long until a retry can succeed; sent in {@code Retry-After} as at least 1
     * @return a 429 with {@code Retry-After}
     */
    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(
                Problem.of(429, detail), Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    /**
     * 503: a service or database this request depends on is down. Throw it only when nothing was changed or the
     * change was rolled back, so that the client may retry. The mappers log it, as every 5xx.
     *
     * @param detail what is unavailable, shown to the client
     * @return a 503 identified by its status alone
     */
    public static ApiException unavailable(String detail) {
        return new ApiException(Problem.of(503, detail));
    }
}

package org.ecommerce.common.problem;

import java.util.List;
import java.util.Map;

/**
 * An error meant for the client: it becomes a problem document with its status, and its detail is shown as is,
 * so it must never carry internals. Business rules throw it; {@link ProblemMappers} answer it.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ApiException(Problem problem) {
        this(problem, Map.of());
    }

    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.status() + " " + problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return problem.status();
    }

    /** 400 with field errors. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request", 400,
                "The request has invalid members; see errors.", errors));
    }

    /** 400 with one field error. */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 400 without a field to blame. */
    public static ApiException badRequest(String detail) {
        return new ApiException(Problem.of(400, detail));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Problem.of(403, detail));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, detail));
    }

    /**
     * 409 naming the conflict, for example {@code insufficient-funds}, so that clients can tell conflicts apart
     * without parsing the detail.
     */
    public static ApiException conflict(String kind, String detail) {
        return new ApiException(new Problem(Problem.TYPE_PREFIX + kind, "Conflict", 409, detail, List.of()));
    }

    /** 401 for credentials that do not check out. */
    public static ApiException unauthorized(String detail) {
        return new ApiException(Problem.of(401, detail), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException unprocessable(String kind, String detail) {
        return new ApiException(new Problem(Problem.TYPE_PREFIX + kind, "Unprocessable Content", 422, detail,
                List.of()));
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(Problem.of(429, detail),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(Problem.of(503, detail));
    }
}

package org.ecommerce.api.problem;

import java.util.Optional;

/**
 * A service of this system answered with a problem document. {@link ProblemExceptionMapper} throws the subclass
 * that says what the answer settles, so that a caller decides by type: {@link NotFound}, {@link Refused},
 * {@link AlreadyApplied}, {@link Unavailable}; anything else (a validation error, a denied call, a conflict
 * that a retry may resolve) is this class itself.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param problem the problem document of the answer
     */
    public ProblemException(Problem problem) {
        super(problem.status() + " " + problem.type() + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
    }

    /** The problem document as the service answered it. */
    public Problem problem() {
        return problem;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return problem.status();
    }

    /** The problem's type, or empty for {@code about:blank} and types this system does not define. */
    public Optional<ProblemType> type() {
        return ProblemType.of(problem.type());
    }
}

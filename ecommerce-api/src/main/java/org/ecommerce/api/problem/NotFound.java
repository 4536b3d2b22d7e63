package org.ecommerce.api.problem;

/**
 * 404: no such resource (or one the caller may not see). Nothing was changed.
 */
public final class NotFound extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the problem document of the answer
     */
    public NotFound(Problem problem) {
        super(problem);
    }
}

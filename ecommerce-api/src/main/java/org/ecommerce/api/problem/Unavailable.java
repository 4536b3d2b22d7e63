package org.ecommerce.api.problem;

/**
 * 5xx: the service, or one it depends on, failed or is down. Whether anything changed is not known unless
 * the operation is idempotent and is sent again.
 */
public final class Unavailable extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the problem document of the answer
     */
    public Unavailable(Problem problem) {
        super(problem);
    }
}

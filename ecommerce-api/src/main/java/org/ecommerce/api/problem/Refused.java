package org.ecommerce.api.problem;

/**
 * 409 for the state of things, not for the request: insufficient stock or insufficient funds. Nothing was
 * taken.
 */
public final class Refused extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the problem document of the answer
     */
    public Refused(Problem problem) {
        super(problem);
    }
}

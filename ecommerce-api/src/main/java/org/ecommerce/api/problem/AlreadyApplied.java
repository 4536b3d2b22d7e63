package org.ecommerce.api.problem;

/**
 * 409 {@link ProblemType#ALREADY_APPLIED}: the move was made by an earlier request with the same reference,
 * so for a caller that sent it, it is done.
 */
public final class AlreadyApplied extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem the problem document of the answer
     */
    public AlreadyApplied(Problem problem) {
        super(problem);
    }
}

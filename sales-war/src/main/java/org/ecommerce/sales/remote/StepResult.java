package org.ecommerce.sales.remote;

import java.math.BigDecimal;

/**
 * What a saga step's call settled, with what its answer says that the sale keeps.
 *
 * @param outcome   what happened
 * @param balance   the wallet balance after a debit or refund, when the call was one
 * @param goodName  the good's name, when the call moved stock
 * @param unitPrice the good's price when its stock moved: the price a sale pays
 */
public record StepResult(Outcome outcome, BigDecimal balance, String goodName, BigDecimal unitPrice) {

    /** The possible outcomes of a step. */
    public enum Outcome {
        /** Applied (now or by an earlier call with the same key). */
        DONE,
        /** Refused for the state of things: insufficient stock or funds. Nothing was applied. */
        REFUSED,
        /** The good or the customer does not exist. Nothing was applied. */
        NOT_FOUND,
        /** No answer that settles it: applied or not, nobody can tell yet. */
        UNKNOWN
    }

    /**
     * A result whose answer carries nothing the sale keeps.
     *
     * @param outcome what happened
     * @return the result
     */
    public static StepResult of(Outcome outcome) {
        return new StepResult(outcome, null, null, null);
    }
}

package org.ecommerce.sales.sale;

import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.EnumColumn;
import org.ecommerce.common.problem.Refusal;

/** Why a sale failed, as the {@code failure_reason} column names it, and the answer each reason gives the buyer. */
public enum FailureReason {
    /** Inventory had fewer units than asked for. */
    INSUFFICIENT_STOCK("insufficient stock"),
    /** The buyer's wallet held less than the total. */
    INSUFFICIENT_FUNDS("insufficient funds"),
    /** Inventory has no such good. */
    UNKNOWN_GOOD("unknown good"),
    /** Customers has no such buyer. */
    UNKNOWN_CUSTOMER("unknown customer"),
    /** A service did not answer in time; what was taken is given back. */
    UNAVAILABLE("service unavailable"),
    /** The good's price at the time times the quantity is over the cap of a total. */
    TOTAL_OVER_CAP("total over cap");

    private final String value;

    FailureReason(String value) {
        this.value = value;
    }

    /** The column's text, for example {@code insufficient stock}. */
    public String value() {
        return value;
    }

    /** What a sale that failed for this reason answers its buyer with. */
    Refusal refusal() {
        return switch (this) {
            case INSUFFICIENT_STOCK -> Refusal.conflict(ProblemType.INSUFFICIENT_STOCK, "Insufficient stock");
            case INSUFFICIENT_FUNDS -> Refusal.conflict(ProblemType.INSUFFICIENT_FUNDS, "Insufficient funds");
            case UNKNOWN_GOOD -> Refusal.notFound("No such good.");
            case UNKNOWN_CUSTOMER -> Refusal.notFound("No such customer.");
            case TOTAL_OVER_CAP -> Refusal.invalid("quantity", "makes a total over 1000000.00");
            case UNAVAILABLE -> Refusal.unavailable("A service the sale needs is unavailable; nothing was bought.");
        };
    }

    /** The answer about a sale that is not settled yet: it will be undone. */
    static Refusal stillPending() {
        return Refusal.unavailable("A service the sale needs is unavailable; the sale will be undone.");
    }

    /** The {@code failure_reason} column's names. */
    static final EnumColumn<FailureReason> COLUMN = new EnumColumn<>(FailureReason.class, FailureReason::value);
}

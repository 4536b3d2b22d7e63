package org.ecommerce.sales.sale;

import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.EnumColumn;
import org.ecommerce.common.problem.ApiException;

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

    /** The problem a sale failed for this reason answers its buyer with. */
    ApiException problem() {
        return switch (this) {
            case INSUFFICIENT_STOCK -> ApiException.conflict(ProblemType.INSUFFICIENT_STOCK, "Insufficient stock");
            case INSUFFICIENT_FUNDS -> ApiException.conflict(ProblemType.INSUFFICIENT_FUNDS, "Insufficient funds");
            case UNKNOWN_GOOD -> ApiException.notFound("No such good.");
            case UNKNOWN_CUSTOMER -> ApiException.notFound("No such customer.");
            case TOTAL_OVER_CAP -> ApiException.invalid("quantity", "makes a total over 1000000.00");
            case UNAVAILABLE ->
                ApiException.unavailable("A service the sale needs is unavailable; nothing was bought.");
        };
    }

    /** The problem of a sale that is not settled yet: it will be undone. */
    static ApiException stillPending() {
        return ApiException.unavailable("A service the sale needs is unavailable; the sale will be undone.");
    }

    /** The {@code failure_reason} column's names. */
    static final EnumColumn<FailureReason> COLUMN = new EnumColumn<>(FailureReason.class, FailureReason::value);
}

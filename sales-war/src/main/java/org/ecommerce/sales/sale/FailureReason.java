package org.ecommerce.sales.sale;

import org.ecommerce.common.problem.ApiException;

/** Why a sale failed, and the answer each reason gives the buyer. */
final class FailureReason {

    static final String INSUFFICIENT_STOCK = "insufficient stock";
    static final String INSUFFICIENT_FUNDS = "insufficient funds";
    static final String UNKNOWN_GOOD = "unknown good";
    static final String UNKNOWN_CUSTOMER = "unknown customer";
    static final String UNAVAILABLE = "service unavailable";
    static final String TOTAL_OVER_CAP = "total over cap";

    private FailureReason() {}

    /** The problem a failed (or, with a {@code null} reason, still unsettled) sale answers its buyer with. */
    static ApiException problem(String reason) {
        if (reason == null) {
            return ApiException.unavailable("A service the sale needs is unavailable; the sale will be undone.");
        }
        return switch (reason) {
            case INSUFFICIENT_STOCK -> ApiException.conflict("insufficient-stock", "Insufficient stock");
            case INSUFFICIENT_FUNDS -> ApiException.conflict("insufficient-funds", "Insufficient funds");
            case UNKNOWN_GOOD -> ApiException.notFound("No such good.");
            case UNKNOWN_CUSTOMER -> ApiException.notFound("No such customer.");
            case TOTAL_OVER_CAP -> ApiException.invalid("quantity", "makes a total over 1000000.00");
            default -> ApiException.unavailable("A service the sale needs is unavailable; nothing was bought.");
        };
    }
}

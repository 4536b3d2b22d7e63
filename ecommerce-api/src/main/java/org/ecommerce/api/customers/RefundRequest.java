package org.ecommerce.api.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.ecommerce.api.validation.Money;

/**
 * The body of a refund. A refund gives back a debit the wallet's ledger records, at most its amount, once: it
 * names that debit by exactly one of its ledger id or the key it was made with.
 *
 * @param amount   more than 0, at most 1,000,000.00, at most 2 decimals, and at most the debit's amount
 * @param debitId  the debit's {@code id} in the wallet's ledger ({@code GET .../wallet/transactions}), as an
 *                 employee finds it
 * @param debitKey the {@code Idempotency-Key} that the caller itself sent the debit with, as the sale saga names
 *                 the debit it made
 */
public record RefundRequest(
        @NotNull(message = "is required") @Money BigDecimal amount,
        @Positive(message = "must be a positive integer") Long debitId,

        @Pattern(regexp = "[\\x20-\\x7E]{1,100}", message = "must be 1 to 100 printable ASCII characters")
        String debitKey) {

    /** A refund of the debit the caller made with {@code debitKey}. */
    public static RefundRequest ofDebitKey(BigDecimal amount, String debitKey) {
        return new RefundRequest(amount, null, debitKey);
    }

    /** A refund of the ledger's debit {@code debitId}. */
    public static RefundRequest ofDebitId(BigDecimal amount, long debitId) {
        return new RefundRequest(amount, debitId, null);
    }
}

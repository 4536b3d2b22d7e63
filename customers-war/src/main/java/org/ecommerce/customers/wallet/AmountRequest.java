package org.ecommerce.customers.wallet;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecommerce.common.validation.Money;

/**
 * The body of charge, deduct and refund.
 *
 * @param amount more than 0, at most 1,000,000.00, at most 2 decimals
 */
public record AmountRequest(
        @NotNull(message = "is required") @Money BigDecimal amount) {

    /**
     * The canonical form that idempotency compares: {@code 10}, {@code 10.0} and {@code 10.00} are one request.
     *
     * @return {@code amount=} and the amount with exactly two decimals, for example {@code amount=10.00}; only for
     *         a validated request (an amount with more than two decimals throws {@link ArithmeticException})
     */
    public String fingerprint() {
        return "amount=" + amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}

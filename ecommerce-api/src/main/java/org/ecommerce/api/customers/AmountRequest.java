package org.ecommerce.api.customers;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.ecommerce.api.validation.Money;

/**
 * The body of charge, deduct and refund.
 *
 * @param amount more than 0, at most 1,000,000.00, at most 2 decimals
 */
public record AmountRequest(
        @NotNull(message = "is required") @Money BigDecimal amount) {}

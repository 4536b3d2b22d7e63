package org.ecommerce.api.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /v1/sales/purchases}. The price is never part of it: it comes from inventory.
 *
 * @param goodId   the good to buy
 * @param quantity 1 to 1000 units
 * @param username the buyer, only when an employee buys on a customer's behalf
 */
public record PurchaseRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be a positive id")
        Long goodId,

        @NotNull(message = "is required")
        @Min(value = 1, message = "must be 1 to 1000")
        @Max(value = 1000, message = "must be 1 to 1000")
        Integer quantity,

        @Pattern(regexp = "[A-Za-z0-9_]{3,50}", message = "must be 3 to 50 letters, digits or underscores")
        String username) {}

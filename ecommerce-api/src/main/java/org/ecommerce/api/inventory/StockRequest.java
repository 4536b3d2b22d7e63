package org.ecommerce.api.inventory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of deduct and restock.
 *
 * @param count units to take or return, 1 or more
 */
public record StockRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more")
        Integer count) {}

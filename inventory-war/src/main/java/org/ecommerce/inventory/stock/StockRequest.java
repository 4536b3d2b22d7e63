package org.ecommerce.inventory.stock;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The body of deduct and restock.
 *
 * @param count units to take or return, 1 or more
 */
public record StockRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more")
        Integer count) {

    /**
     * The canonical form idempotency compares.
     *
     * @return {@code count=} and the count, for example {@code count=3}
     */
    public String fingerprint() {
        return "count=" + count;
    }
}

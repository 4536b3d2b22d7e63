package org.ecommerce.api.inventory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ecommerce.api.validation.Money;

/**
 * The body of {@code PATCH /v1/inventory/goods/{id}}: the members to change; absent members stay as they are.
 *
 * @param name        at most 100 characters, not blank
 * @param category    {@code food}, {@code clothes}, {@code accessories} or {@code electronics}
 * @param price       more than 0, at most 1,000,000.00, at most 2 decimals
 * @param description at most 2000 characters ({@code ""} clears it)
 * @param count       the counted stock, 0 or more; the difference is recorded in the stock ledger
 */
public record UpdateGoodRequest(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Size(max = 100, message = "must be at " + "most 100 characters")
        String name,

        @Pattern(regexp = Category.PATTERN, message = "must be food, clothes, accessories or electronics")
        String category,

        @Money BigDecimal price,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Min(value = 0, message = "must be 0 or more") Integer count) {}

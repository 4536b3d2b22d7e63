package org.ecommerce.api.inventory;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ecommerce.api.validation.Money;

/**
 * The body of {@code POST /v1/inventory/goods}.
 *
 * @param name        required, at most 100 characters
 * @param category    {@code food}, {@code clothes}, {@code accessories} or {@code electronics}
 * @param price       more than 0, at most 1,000,000.00, at most 2 decimals
 * @param description optional, at most 2000 characters
 * @param count       units in stock, 0 or more
 */
public record CreateGoodRequest(
        @NotBlank(message = "is required and must not be blank")
        @Size(max = 100, message = "must be at most 100 " + "characters")
        String name,

        @NotNull(message = "is required")
        @Pattern(regexp = Category.PATTERN, message = "must be food, clothes, " + "accessories or electronics")
        String category,

        @NotNull(message = "is required") @Money BigDecimal price,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        Integer count) {}

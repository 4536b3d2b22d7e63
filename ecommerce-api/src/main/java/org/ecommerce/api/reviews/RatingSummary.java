package org.ecommerce.api.reviews;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/**
 * A product's rating over its reviews that are not flagged.
 *
 * @param productId     the product
 * @param averageRating rounded half up to two decimals; {@code null} (present, as null) without reviews
 * @param reviewCount   how many reviews count
 */
public record RatingSummary(long productId, @JsonbNillable BigDecimal averageRating, long reviewCount) {}

package org.ecommerce.reviews.review;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecommerce.common.json.Jsonp;

/**
 * A product's rating over its reviews that are not flagged.
 *
 * @param productId     the product
 * @param averageRating rounded half up to two decimals; {@code null} without reviews
 * @param reviewCount   how many reviews count
 */
public record RatingSummary(long productId, BigDecimal averageRating, long reviewCount) {

    /**
     * The summary of {@code count} ratings adding up to {@code sum}. The average is computed from the exact sum,
     * not from a database average already cut to some scale, so that rounding happens once, half up.
     *
     * @param productId the product
     * @param count     how many ratings there are
     * @param sum       their sum; ignored when {@code count} is 0
     * @return the summary, with a {@code null} average when {@code count} is 0
     */
    public static RatingSummary of(long productId, long count, long sum) {
        BigDecimal average =
                count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new RatingSummary(productId, average, count);
    }

    /**
     * The JSON form, written by hand because {@code average_rating} must be present even when null.
     *
     * @return {@code {product_id, average_rating, review_count}}
     */
    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.objectBuilder().add("product_id", productId);
        if (averageRating == null) {
            json.addNull("average_rating");
        } else {
            json.add("average_rating", averageRating);
        }
        return json.add("review_count", reviewCount).build();
    }
}

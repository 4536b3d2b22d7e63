package org.ecommerce.reviews.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecommerce.api.reviews.RatingSummary;

/** How a product's rating is worked out from its reviews. */
final class Ratings {

    private Ratings() {}

    /**
     * The summary of {@code count} ratings adding up to {@code sum}.
     *
     * @return the average rounded half up to two decimals, {@code null} when there are no ratings
     */
    static RatingSummary summary(long productId, long count, long sum) {
        BigDecimal average =
                count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new RatingSummary(productId, average, count);
    }
}

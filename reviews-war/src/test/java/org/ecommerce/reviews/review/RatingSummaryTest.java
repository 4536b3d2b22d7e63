package org.ecommerce.reviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.ecommerce.api.reviews.RatingSummary;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void theAverageHasTwoDecimals() {
        // 5, 4 and 4
        assertEquals(new BigDecimal("4.33"), Ratings.summary(1, 3, 13).averageRating());
        assertEquals(new BigDecimal("4.50"), Ratings.summary(1, 2, 9).averageRating());
        assertEquals(new BigDecimal("5.00"), Ratings.summary(1, 1, 5).averageRating());
    }

    @Test
    void aHalfIsRoundedUp() {
        // 1.125 exactly: half even would give 1.12
        assertEquals(new BigDecimal("1.13"), Ratings.summary(1, 8, 9).averageRating());
        // 4.6666...: the third decimal decides, upwards
        assertEquals(new BigDecimal("4.67"), Ratings.summary(1, 3, 14).averageRating());
        // 1.3333...: downwards
        assertEquals(new BigDecimal("1.33"), Ratings.summary(1, 3, 4).averageRating());
    }

    @Test
    void withoutReviewsThereIsNoAverage() {
        RatingSummary none = Ratings.summary(7, 0, 0);
        assertNull(none.averageRating());
        assertEquals(0, none.reviewCount());
    }
}

package org.ecommerce.reviews.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a review stands in moderation. */
public enum ReviewStatus {
    /** New or edited, not yet looked at. */
    PENDING,
    /** Looked at and fine. */
    APPROVED,
    /** Looked at and hidden from everyone but its author and employees. */
    FLAGGED;

    /** The name used in the API and the database. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}

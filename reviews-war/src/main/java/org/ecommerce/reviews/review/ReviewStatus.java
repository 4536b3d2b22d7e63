package org.ecommerce.reviews.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ecommerce.common.db.EnumColumn;

/** Where a review stands in moderation. */
public enum ReviewStatus {
    /** New or edited, not yet looked at. */
    PENDING,
    /** Looked at and fine. */
    APPROVED,
    /** Looked at and hidden from everyone but its author and employees. */
    FLAGGED;

    /**
     * The name used in the API and the database.
     *
     * @return {@code pending}, {@code approved} or {@code flagged}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status with this name.
     *
     * @param value the lower-case name, or {@code null}
     * @return the status, or empty for {@code null} and any other name (also other letter cases)
     */
    public static Optional<ReviewStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }

    /** The {@code status} column's names, the API's. */
    static final EnumColumn<ReviewStatus> COLUMN = new EnumColumn<>(ReviewStatus.class, ReviewStatus::value);
}

package org.ecommerce.api.reviews;

/** Validation messages of review requests. */
public final class Messages {

    public static final String RATING = "must be a whole number from 1 to 5";
    public static final String COMMENT = "must be at most 2000 characters";

    private Messages() {}
}

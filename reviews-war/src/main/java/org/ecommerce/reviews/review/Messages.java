package org.ecommerce.reviews.review;

/** Validation messages of review requests. */
final class Messages {

    static final String RATING = "must be a whole number from 1 to 5";
    static final String COMMENT = "must be at most 2000 characters";

    private Messages() {}
}

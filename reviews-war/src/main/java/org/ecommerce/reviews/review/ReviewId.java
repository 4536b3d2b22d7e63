package org.ecommerce.reviews.review;

import org.ecommerce.common.problem.Refusal;

/** Review and product ids as they arrive in paths: a positive integer; anything else names nothing (404). */
public final class ReviewId {

    private ReviewId() {}

    /**
     * An id from a path, which names something only when positive.
     *
     * @return the id
     * @throws Refusal not found for 0 and negative ids
     */
    public static long require(long id) {
        if (id <= 0) {
            throw Refusal.notFound("Nothing exists at this path.");
        }
        return id;
    }

    static Refusal notFound() {
        return Refusal.notFound("No such review.");
    }
}

package org.ecommerce.reviews.review;

import org.ecommerce.common.problem.ApiException;

/** Review and product ids as they arrive in paths: a positive integer; anything else names nothing (404). */
public final class ReviewId {

    private ReviewId() {
    }

    public static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Not a number: 404 like any id that names nothing.
        }
        throw ApiException.notFound("Nothing exists at this path.");
    }

    static ApiException notFound() {
        return ApiException.notFound("No such review.");
    }
}

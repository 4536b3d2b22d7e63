package org.ecommerce.reviews.review;

import org.ecommerce.common.paging.PathIds;
import org.ecommerce.common.problem.ApiException;

/** Review and product ids as they arrive in paths: a positive integer; anything else names nothing (404). */
public final class ReviewId {

    private ReviewId() {
    }

    public static long parse(String raw) {
        return PathIds.parse(raw, "Nothing exists at this path.");
    }

    static ApiException notFound() {
        return ApiException.notFound("No such review.");
    }
}

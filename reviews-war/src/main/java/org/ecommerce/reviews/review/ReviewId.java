package org.ecommerce.reviews.review;

import org.ecommerce.common.paging.PathIds;
import org.ecommerce.common.problem.ApiException;

/** Review and product ids as they arrive in paths: a positive integer; anything else names nothing (404). */
public final class ReviewId {

    private ReviewId() {}

    /**
     * Parses a review or product id from a path.
     *
     * @param raw the path segment
     * @return the id, at least 1
     * @throws ApiException 404 when the segment is not a positive integer
     */
    public static long parse(String raw) {
        return PathIds.parse(raw, "Nothing exists at this path.");
    }

    static ApiException notFound() {
        return ApiException.notFound("No such review.");
    }
}

package org.ecommerce.inventory.good;

import org.ecommerce.common.paging.PathIds;
import org.ecommerce.common.problem.ApiException;

/** Good ids as they arrive in paths: a positive integer, anything else names no good (404, never 500). */
public final class GoodId {

    private static final String NOT_FOUND = "No such good.";

    private GoodId() {}

    /**
     * Parses a good id from a path.
     *
     * @param raw the path segment
     * @return the id, at least 1
     * @throws ApiException 404 "No such good." when the segment is not a positive integer
     */
    public static long parse(String raw) {
        return PathIds.parse(raw, NOT_FOUND);
    }

    static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND);
    }
}

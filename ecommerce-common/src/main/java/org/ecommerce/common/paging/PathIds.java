package org.ecommerce.common.paging;

import org.ecommerce.common.problem.ApiException;

/** Ids as they arrive in paths: a positive integer; anything else names nothing, so it is a 404, never a 500. */
public final class PathIds {

    private PathIds() {}

    /**
     * Parses an id from a path.
     *
     * @param raw      the path segment
     * @param notFound the 404's detail, for example {@code "No such good."}
     * @return the id, at least 1
     * @throws ApiException 404 with the given detail when the segment is not a positive integer that fits a long
     */
    public static long parse(String raw, String notFound) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Not a number: 404 like any id that names nothing.
        }
        throw ApiException.notFound(notFound);
    }
}

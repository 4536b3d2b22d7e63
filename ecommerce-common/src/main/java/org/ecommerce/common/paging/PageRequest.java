package org.ecommerce.common.paging;

import org.ecommerce.api.Paging;
import org.ecommerce.common.problem.Refusal;

/**
 * {@code ?limit=} and {@code ?offset=} as every list of the API takes them ({@link Paging}). The API's interfaces
 * refuse values that are negative or not whole numbers before a list is asked for.
 *
 * @param limit  how many items at most, 0 to {@link Paging#MAX_LIMIT}
 * @param offset how many items to skip
 */
public record PageRequest(int limit, int offset) {

    /**
     * The request for the query parameters as the interface received them.
     *
     * @param limit  {@code ?limit=}, or {@code null} when absent
     * @param offset {@code ?offset=}, or {@code null} when absent
     * @return the request, with the defaults for absent values and the limit capped at {@link Paging#MAX_LIMIT}
     * @throws Refusal invalid for a negative value, which the interfaces' constraints already refuse
     */
    public static PageRequest of(Integer limit, Integer offset) {
        int l = limit == null ? Paging.DEFAULT_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 0) {
            throw Refusal.invalid("limit", Paging.WHOLE_NUMBER);
        }
        if (o < 0) {
            throw Refusal.invalid("offset", Paging.WHOLE_NUMBER);
        }
        return new PageRequest(Math.min(l, Paging.MAX_LIMIT), o);
    }
}

package org.ecommerce.inventory.good;

import org.ecommerce.common.problem.ApiException;

/** Good ids as they arrive in paths: a positive integer, anything else names no good (404, never 500). */
public final class GoodId {

    private GoodId() {
    }

    public static long parse(String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Not a number: falls through to 404 like any id that names no good.
        }
        throw notFound();
    }

    static ApiException notFound() {
        return ApiException.notFound("No such good.");
    }
}

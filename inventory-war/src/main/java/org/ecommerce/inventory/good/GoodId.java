package org.ecommerce.inventory.good;

import org.ecommerce.common.problem.ApiException;

/** The answer for an id that names no live good. */
public final class GoodId {

    private static final String NOT_FOUND = "No such good.";

    private GoodId() {}

    static ApiException notFound() {
        return ApiException.notFound(NOT_FOUND);
    }
}

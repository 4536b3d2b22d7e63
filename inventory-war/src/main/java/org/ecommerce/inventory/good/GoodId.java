package org.ecommerce.inventory.good;

import org.ecommerce.common.problem.Refusal;

/** The answer for an id that names no live good. */
public final class GoodId {

    private static final String NOT_FOUND = "No such good.";

    private GoodId() {}

    static Refusal notFound() {
        return Refusal.notFound(NOT_FOUND);
    }
}

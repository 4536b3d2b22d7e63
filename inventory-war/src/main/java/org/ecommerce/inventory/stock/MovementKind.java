package org.ecommerce.inventory.stock;

import java.util.Locale;

/** Why a good's stock changed. */
public enum MovementKind {
    /** The stock a good was created with. */
    CREATE,
    /** A counted stock set by an employee; the row records the difference. */
    ADJUST,
    /** Units taken, typically for a sale. */
    DEDUCT,
    /** Units returned, typically when a sale is compensated. */
    RESTOCK;

    /**
     * The name used in the database.
     *
     * @return the constant's name in lower case, for example {@code deduct}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.ecommerce.api.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The categories a good can belong to. */
public enum Category {
    /** Food and drink: {@code food}. */
    FOOD,
    /** Clothing: {@code clothes}. */
    CLOTHES,
    /** Accessories such as bags or jewellery: {@code accessories}. */
    ACCESSORIES,
    /** Electronic devices: {@code electronics}. */
    ELECTRONICS;

    /** The pattern request validation uses, kept beside the values it must match. */
    public static final String PATTERN = "food|clothes|accessories|electronics";

    /**
     * The name used in the API and the database.
     *
     * @return the constant's name in lower case, for example {@code food}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The category an API or database value names. Only the exact lower-case names count: {@code "Food"} is as
     * unknown as {@code "toys"}, so a filter or body never matches something other than what is stored.
     *
     * @param value the lower-case name, or {@code null}
     * @return the category, or empty for {@code null} and unknown values
     */
    public static Optional<Category> of(String value) {
        return Arrays.stream(values()).filter(c -> c.value().equals(value)).findFirst();
    }
}

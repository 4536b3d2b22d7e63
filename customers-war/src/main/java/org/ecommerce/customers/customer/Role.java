package org.ecommerce.customers.customer;

import java.util.Arrays;
import java.util.Optional;
import org.ecommerce.common.security.Roles;

/** The role of an account, which becomes the {@code groups} claim of its tokens. */
public enum Role {
    /** A shop's customer, the role of every self-registered account: acts on its own account only. */
    CUSTOMER(Roles.CUSTOMER),
    /** An employee: may act on every account, manage goods and moderate reviews. */
    EMP(Roles.EMP);

    private final String value;

    Role(String value) {
        this.value = value;
    }

    /**
     * The name used in the API, the database and tokens.
     *
     * @return {@code customer} or {@code emp}
     */
    public String value() {
        return value;
    }

    /**
     * The role with this name.
     *
     * @param value the name, exactly as {@link #value()} gives it (lower case)
     * @return the role, or empty for any other name
     */
    public static Optional<Role> of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }
}

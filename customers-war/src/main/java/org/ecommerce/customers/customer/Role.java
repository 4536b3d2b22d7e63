package org.ecommerce.customers.customer;

import java.util.Arrays;
import java.util.Optional;
import org.ecommerce.common.security.Roles;

/** The role of an account, which becomes the {@code groups} claim of its tokens. */
public enum Role {
    CUSTOMER(Roles.CUSTOMER),
    EMP(Roles.EMP);

    private final String value;

    Role(String value) {
        this.value = value;
    }

    /** The name used in the API, the database and tokens. */
    public String value() {
        return value;
    }

    public static Optional<Role> of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }
}

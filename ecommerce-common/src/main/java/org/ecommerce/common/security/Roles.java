package org.ecommerce.common.security;

/** The roles of the system, as they appear in the {@code groups} claim of a token. */
public final class Roles {

    /** A shop's customer. */
    public static final String CUSTOMER = "customer";
    /** An employee of the shop. */
    public static final String EMP = "emp";
    /** Another service of the system, calling under its service identity. */
    public static final String SERVICE = "service";

    private Roles() {}
}

package org.ecommerce.common.security;

/**
 * The roles of the system, as they appear in the {@code groups} claim of a token. A resource method names who may
 * call it with {@code @RolesAllowed}; one without it is open to anyone. Open methods carry no {@code @PermitAll}:
 * Payara's JWT filter answers it by authenticating the request a second time (the container already has), which
 * cost a public read a quarter of its CPU.
 */
public final class Roles {

    /** A shop's customer. */
    public static final String CUSTOMER = "customer";
    /** An employee of the shop. */
    public static final String EMP = "emp";
    /** Another service of the system, calling under its service identity. */
    public static final String SERVICE = "service";

    private Roles() {}
}

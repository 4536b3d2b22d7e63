package org.ecommerce.api.customers;

/**
 * A bearer token as login returns it.
 *
 * @param accessToken the JWT
 * @param tokenType   always {@code Bearer}
 * @param expiresIn   seconds until it expires
 */
public record TokenView(String accessToken, String tokenType, long expiresIn) {}

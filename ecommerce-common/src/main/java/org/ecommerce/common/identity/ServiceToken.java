package org.ecommerce.common.identity;

import java.time.Instant;

/**
 * A bearer token of the service identity and when it stops being valid.
 *
 * @param value     the JWT
 * @param expiresAt its expiry
 */
public record ServiceToken(String value, Instant expiresAt) {}

package org.ecommerce.common.security;

import java.nio.charset.StandardCharsets;

/** The one rule for configured shared secrets (the service secret, the operations token): long enough. */
public final class Secrets {

    /** The shortest secret accepted, in bytes of UTF-8: 256 bits, past any guessing. */
    public static final int MIN_BYTES = 32;

    private Secrets() {}

    /**
     * @param setting how an operator sets it, for the message, for example
     *                {@code ecommerce.service.secret (ECOMMERCE_SERVICE_SECRET)}
     * @param value   the configured value, empty when none is
     * @return the value
     * @throws IllegalStateException, naming the setting but not the value, when it is set and shorter than
     *                               {@link #MIN_BYTES} bytes
     */
    public static String requireStrong(String setting, String value) {
        if (!value.isEmpty() && value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalStateException(
                    setting + " must be at least " + MIN_BYTES + " bytes; generate one with: openssl rand -base64 32");
        }
        return value;
    }
}

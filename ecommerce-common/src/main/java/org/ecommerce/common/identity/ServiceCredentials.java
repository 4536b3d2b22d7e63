package org.ecommerce.common.identity;

import org.eclipse.microprofile.config.Config;
import org.ecommerce.common.security.Secrets;

/**
 * What a service logs in with: its name, the shared secret and the token endpoint. From MicroProfile Config:
 * {@code ecommerce.service.name} ({@code ECOMMERCE_SERVICE_NAME}), {@code ecommerce.service.secret}
 * ({@code ECOMMERCE_SERVICE_SECRET}, no default: without it no service token is issued or requested) and
 * {@code ecommerce.service.token-url} ({@code ECOMMERCE_SERVICE_TOKEN_URL}).
 *
 * @param name     the calling service's name, which becomes the token's {@code upn}
 * @param secret   the shared secret, empty when not configured
 * @param tokenUrl the customers service's token endpoint
 */
public record ServiceCredentials(String name, String secret, String tokenUrl) {

    static final String DEFAULT_TOKEN_URL = "http://localhost:8080/v1/auth/service-token";

    /** The shortest service secret either side accepts, in bytes of UTF-8. */
    public static final int MIN_SECRET_BYTES = Secrets.MIN_BYTES;

    /**
     * The credentials as configured.
     *
     * @param config the MicroProfile Config to read
     * @return the credentials; the name defaults to {@code service}, the secret to empty and the token URL to
     *         {@code http://localhost:8080/v1/auth/service-token}
     * @throws IllegalStateException when a secret is configured but shorter than {@link #MIN_SECRET_BYTES}
     */
    public static ServiceCredentials from(Config config) {
        return new ServiceCredentials(
                config.getOptionalValue("ecommerce.service.name", String.class).orElse("service"),
                requireStrong(config.getOptionalValue("ecommerce.service.secret", String.class)
                        .orElse("")),
                config.getOptionalValue("ecommerce.service.token-url", String.class)
                        .orElse(DEFAULT_TOKEN_URL));
    }

    /**
     * The rule both the issuing and the calling side apply to the configured secret.
     *
     * @param secret the configured secret, empty when none is
     * @return the secret
     * @throws IllegalStateException, naming the setting but not the secret, when it is set and shorter than
     *                               {@link #MIN_SECRET_BYTES} bytes
     */
    public static String requireStrong(String secret) {
        return Secrets.requireStrong("ecommerce.service.secret (ECOMMERCE_SERVICE_SECRET)", secret);
    }

    @Override
    public String toString() {
        // Never let the secret reach a log line through a record's generated toString.
        return "ServiceCredentials[name=" + name + ", tokenUrl=" + tokenUrl + "]";
    }
}

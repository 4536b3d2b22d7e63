package org.ecommerce.api.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /v1/auth/service-token}: a service of this system asking for its service identity.
 *
 * @param service the calling service's name, which becomes the token's {@code upn}
 * @param secret  the shared service secret ({@code ECOMMERCE_SERVICE_SECRET})
 */
public record ServiceTokenRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "[a-z][a-z0-9-]{0,49}", message = "must be 1 to 50 lower-case letters, digits or hyphens")
        String service,

        @NotNull(message = "is required") String secret) {}

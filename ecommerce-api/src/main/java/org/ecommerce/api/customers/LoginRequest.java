package org.ecommerce.api.customers;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code POST /v1/auth/login}.
 *
 * @param username the username, in any letter case
 * @param password the password
 */
public record LoginRequest(
        @NotNull(message = "is required") String username,
        @NotNull(message = "is required") String password) {}

package org.ecommerce.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API writes and reads its records: snake_case member names ({@code wallet_balance} for
 * {@code walletBalance}), members with a null value left out (a member that must appear as null says so with
 * {@code @JsonbNillable}). The services register it, and so must every client of the records.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The same instance outside JAX-RS, for example to store an answer for idempotent replay; thread-safe. */
    public static Jsonb jsonb() {
        return JSONB;
    }
}

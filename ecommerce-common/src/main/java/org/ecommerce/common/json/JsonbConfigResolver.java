package org.ecommerce.common.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as every service writes it: snake_case member names, members with a null value left out
 * (a member that must appear as null says so with {@code @JsonbNillable}).
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * The same instance outside JAX-RS, for example to store a response for idempotent replay.
     *
     * @return the shared, thread-safe JSON-B instance
     */
    public static Jsonb jsonb() {
        return JSONB;
    }
}

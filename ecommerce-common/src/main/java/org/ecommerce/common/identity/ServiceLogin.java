package org.ecommerce.common.identity;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ecommerce.common.json.Jsonp;
import org.ecommerce.common.problem.Refusal;

/**
 * The client-credentials login of a service against the customers service ({@code POST /v1/auth/service-token}),
 * which answers with a token whose {@code groups} claim is {@code ["service"]}.
 */
final class ServiceLogin implements Supplier<ServiceToken> {

    private final ServiceCredentials credentials;

    ServiceLogin(ServiceCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public ServiceToken get() {
        if (credentials.secret().isEmpty()) {
            throw Refusal.unavailable("The service identity is not configured.");
        }
        Client client = ClientBuilder.newBuilder()
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.SECONDS)
                .build();
        try {
            JsonObject request = Jsonp.objectBuilder()
                    .add("service", credentials.name())
                    .add("secret", credentials.secret())
                    .build();
            try (Response response = client.target(credentials.tokenUrl())
                    .request(MediaType.APPLICATION_JSON)
                    .post(Entity.json(request.toString()))) {
                if (response.getStatus() != 200) {
                    throw Refusal.unavailable(
                            "The service identity was refused (status " + response.getStatus() + ").");
                }
                JsonObject token = Jsonp.readObject(response.readEntity(String.class));
                return new ServiceToken(
                        token.getString("access_token"),
                        Instant.now()
                                .plusSeconds(token.getJsonNumber("expires_in").longValue()));
            }
        } catch (ProcessingException e) {
            throw Refusal.unavailable("The customers service cannot be reached for a service token.");
        } finally {
            client.close();
        }
    }
}

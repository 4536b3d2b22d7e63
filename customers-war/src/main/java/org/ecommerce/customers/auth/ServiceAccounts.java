package org.ecommerce.customers.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.common.identity.ServiceCredentials;

/**
 * The services that may obtain the service identity: those named in {@code ecommerce.service.names}
 * ({@code ECOMMERCE_SERVICE_NAMES}, comma-separated, default {@code sales}, the only service that calls others
 * under it), each with the shared {@code ecommerce.service.secret}. A configured secret shorter than
 * {@link ServiceCredentials#MIN_SECRET_BYTES} stops the deployment.
 */
@ApplicationScoped
public class ServiceAccounts {

    @Inject
    @ConfigProperty(name = "ecommerce.service.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "ecommerce.service.names", defaultValue = "sales")
    List<String> names;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ServiceCredentials.requireStrong(secret.orElse(""));
    }

    /**
     * Whether a service of this name, knowing this secret, gets the service identity. The secret is compared in
     * constant time, and compared even for a name that is not configured, so timing tells neither apart.
     *
     * @param name   the name the caller gave
     * @param secret the secret it presented
     * @return {@code true} for a configured name with the configured secret; {@code false} when no secret is
     *         configured at all
     */
    public boolean verify(String name, String secret) {
        String expected = this.secret.orElse("");
        boolean secretMatches = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
        return !expected.isEmpty()
                && secretMatches
                && names.stream().map(String::trim).anyMatch(name::equals);
    }
}

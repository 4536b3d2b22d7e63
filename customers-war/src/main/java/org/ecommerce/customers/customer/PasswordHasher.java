package org.ecommerce.customers.customer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mindrot.jbcrypt.BCrypt;

/** bcrypt hashing of passwords, with the work factor from {@code ecommerce.bcrypt.cost} (at least 10). */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    @ConfigProperty(name = "ecommerce.bcrypt.cost", defaultValue = "10")
    int cost;

    // Checked against when the username is unknown, so that an unknown user costs the same time as a wrong
    // password and timing reveals nothing about which usernames exist.
    private String dummyHash;

    @PostConstruct
    void init() {
        if (cost < 10 || cost > 16) {
            throw new IllegalStateException("ecommerce.bcrypt.cost must be between 10 and 16, not " + cost);
        }
        dummyHash = BCrypt.hashpw("not a real password 0", BCrypt.gensalt(cost));
    }

    /**
     * Hashes a password with a fresh salt, at the configured cost.
     *
     * @param password the password, already validated (at most 72 bytes)
     * @return the bcrypt hash, {@code $2a$} format
     */
    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    /**
     * Whether {@code password} matches {@code hash}; with a {@code null} hash it spends the same time and
     * answers false. A password over 72 bytes never matches: bcrypt would compare only its first 72.
     *
     * @param password the password as the client sent it
     * @param hash     the stored bcrypt hash, or {@code null} for an unknown username
     * @return whether the login may proceed
     */
    public boolean matches(String password, String hash) {
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > 72;
        boolean matches = BCrypt.checkpw(password, hash == null ? dummyHash : hash);
        return matches && hash != null && !tooLong;
    }
}

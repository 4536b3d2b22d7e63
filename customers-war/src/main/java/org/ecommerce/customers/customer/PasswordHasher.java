package org.ecommerce.customers.customer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.common.problem.Refusal;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt hashing of passwords, with the work factor from {@code ecommerce.bcrypt.cost} (at least 10). At most
 * {@code ecommerce.bcrypt.concurrency} hashes run at once (default: one per processor): a flood of anonymous
 * logins then queues here for at most {@code ecommerce.bcrypt.wait-millis} and is answered 503, instead of taking
 * every request thread and processor from purchases. Callers hash outside transactions, so a queued login holds
 * no pooled connection either.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    @ConfigProperty(name = "ecommerce.bcrypt.cost", defaultValue = "10")
    int cost;

    @Inject
    @ConfigProperty(name = "ecommerce.bcrypt.concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "ecommerce.bcrypt.wait-millis", defaultValue = "5000")
    long waitMillis;

    private Semaphore running;

    // Checked against when the username is unknown, so that an unknown user costs the same time as a wrong
    // password and timing reveals nothing about which usernames exist.
    private String dummyHash;

    @PostConstruct
    void init() {
        if (cost < 10 || cost > 16) {
            throw new IllegalStateException("ecommerce.bcrypt.cost must be between 10 and 16, not " + cost);
        }
        if (concurrency < 0 || waitMillis < 0) {
            throw new IllegalStateException(
                    "ecommerce.bcrypt.concurrency and ecommerce.bcrypt.wait-millis must not be negative");
        }
        running = new Semaphore(concurrency == 0 ? Runtime.getRuntime().availableProcessors() : concurrency, true);
        dummyHash = BCrypt.hashpw("not a real password 0", BCrypt.gensalt(cost));
    }

    /**
     * Hashes a password with a fresh salt, at the configured cost.
     *
     * @param password the password, already validated (at most 72 bytes)
     * @return the bcrypt hash, {@code $2a$} format
     * @throws Refusal unavailable when no hash could start within the wait
     */
    public String hash(String password) {
        return bounded(() -> BCrypt.hashpw(password, BCrypt.gensalt(cost)));
    }

    /**
     * Whether {@code password} matches {@code hash}; with a {@code null} hash it spends the same time and
     * answers false. A password over 72 bytes never matches: bcrypt would compare only its first 72.
     *
     * @param password the password as the client sent it
     * @param hash     the stored bcrypt hash, or {@code null} for an unknown username
     * @return whether the login may proceed
     * @throws Refusal unavailable when no hash could start within the wait
     */
    public boolean matches(String password, String hash) {
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > 72;
        boolean matches = bounded(() -> BCrypt.checkpw(password, hash == null ? dummyHash : hash));
        return matches && hash != null && !tooLong;
    }

    private <T> T bounded(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw Refusal.unavailable("Too many password checks are running; try again in a moment.");
        }
        try {
            return hashing.get();
        } finally {
            running.release();
        }
    }
}

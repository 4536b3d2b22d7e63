package org.ecommerce.customers.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per username in the database, so that every instance of the service sees the same count.
 * After {@code ecommerce.login.max-failures} failures within {@code ecommerce.login.window-seconds}, logins for
 * that username are refused until the oldest of them leaves the window. Unknown usernames count the same way,
 * so throttling reveals nothing about which accounts exist. Runs in the caller's transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ecommerce.login.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "ecommerce.login.window-seconds", defaultValue = "300")
    long windowSeconds;

    /**
     * Seconds until a login for {@code username} may be tried again, if it may not be tried now.
     *
     * @param username the username as the client sent it; compared in lower case
     * @return empty while fewer than the maximum failures lie within the window; otherwise the seconds until
     *         the oldest of them leaves it, at least 1
     */
    public OptionalLong retryAfter(String username) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(failed_at) FROM login_failure "
                        + "WHERE username = ? AND failed_at > now() - make_interval(secs => ?)")
                .setParameter(1, key(username))
                .setParameter(2, windowSeconds)
                .getSingleResult();
        long failures = ((Number) row[0]).longValue();
        if (failures < maxFailures) {
            return OptionalLong.empty();
        }
        Instant oldest = toInstant(row[1]);
        long seconds = Duration.between(Instant.now(), oldest.plusSeconds(windowSeconds))
                        .toSeconds()
                + 1;
        return OptionalLong.of(Math.max(1, seconds));
    }

    /**
     * Counts a failed login, and forgets this username's failures that have left the window.
     *
     * @param username the username as the client sent it, known or not; compared in lower case
     */
    public void recordFailure(String username) {
        String key = key(username);
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ? "
                        + "AND failed_at <= now() - make_interval(secs => ?)")
                .setParameter(1, key)
                .setParameter(2, windowSeconds)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO login_failure (username) VALUES (?)")
                .setParameter(1, key)
                .executeUpdate();
    }

    /**
     * Forgets every failure of the username, after a successful login.
     *
     * @param username the username as the client sent it; compared in lower case
     */
    public void clear(String username) {
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ?")
                .setParameter(1, key(username))
                .executeUpdate();
    }

    private static String key(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return lower.length() > 100 ? lower.substring(0, 100) : lower;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}

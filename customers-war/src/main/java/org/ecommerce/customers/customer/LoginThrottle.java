package org.ecommerce.customers.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ecommerce.common.problem.Refusal;

/**
 * Counts failed logins per key (a username, or a service's name) in the database, so that every instance of the
 * service sees the same count. After {@code ecommerce.login.max-failures} failures within
 * {@code ecommerce.login.window-seconds}, attempts for that key are refused until the oldest of them leaves the
 * window. Unknown usernames count the same way, so throttling reveals nothing about which accounts exist.
 *
 * <p>An attempt is counted as a failure <em>before</em> its password is checked, under a lock of its key, and
 * forgotten when it succeeds: checking first and counting after would let 30 concurrent guesses all pass a count
 * of zero. Each step is a short transaction of its own, so no pooled connection waits on bcrypt.
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
     * Counts one attempt for {@code key} as failed, unless the key is throttled.
     *
     * @param key the folded username, or {@code service:<name>}; at most its first 100 characters count
     * @throws Refusal throttled, with the seconds until the oldest failure leaves the window, when the key has
     *                 the maximum of failures within the window already
     */
    @Transactional
    public void begin(String key) {
        String bucket = bucket(key);
        // Transaction-scoped: released at commit. A separate statement, since the count below must see every
        // attempt committed before this one got the lock.
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS locked")
                .setParameter(1, bucket)
                .getSingleResult();
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ? "
                        + "AND failed_at <= now() - make_interval(secs => ?)")
                .setParameter(1, bucket)
                .setParameter(2, windowSeconds)
                .executeUpdate();
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(failed_at) FROM login_failure WHERE username = ?")
                        .setParameter(1, bucket)
                        .getSingleResult();
        if (((Number) row[0]).longValue() >= maxFailures) {
            Instant oldest = toInstant(row[1]);
            long seconds = Duration.between(Instant.now(), oldest.plusSeconds(windowSeconds))
                            .toSeconds()
                    + 1;
            throw Refusal.throttled("Too many failed attempts for this name; try again later.", seconds);
        }
        em.createNativeQuery("INSERT INTO login_failure (username) VALUES (?)")
                .setParameter(1, bucket)
                .executeUpdate();
    }

    /**
     * Forgets every failure of the key, the attempt just begun included, after it succeeded.
     *
     * @param key as given to {@link #begin}
     */
    @Transactional
    public void succeeded(String key) {
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ?")
                .setParameter(1, bucket(key))
                .executeUpdate();
    }

    /**
     * Forgets the failures of every key that have left the window, keys never tried again included.
     *
     * @return how many were forgotten
     */
    @Transactional
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM login_failure WHERE failed_at <= now() - make_interval(secs => ?)")
                .setParameter(1, windowSeconds)
                .executeUpdate();
    }

    private static String bucket(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
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

package org.ecommerce.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.ecommerce.api.ApiJson;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.problem.ProblemResponses;
import org.ecommerce.common.problem.Refusal;

/**
 * The {@code idempotency_key} table of a service's schema (created by the common migrations), worked through
 * that service's entity manager (see {@link #PERSISTENCE_REF}) so that the key, the change and the stored outcome commit together.
 */
@ApplicationScoped
public class IdempotencyStore {

    /**
     * How long a request waits for another request with the same key to finish before it is told 409. A
     * request with a key holds that key's row lock for its whole transaction; a second one blocks on it.
     */
    private static final int WAIT_MILLIS = 2000;

    /**
     * Claims the key and runs the work in one transaction, or replays the stored outcome of an earlier run.
     * A crash before commit leaves neither the change nor the key, so the retry runs afresh.
     *
     * @param scope       the key with what it is scoped to: caller, method and path
     * @param fingerprint the request's canonical text (for example its body); it is hashed, and a repeat of the
     *                    key must bring the same text
     * @param work        the change itself, run only when the key is new; what it returns is stored as the outcome
     * @return the work's response, or the stored response of the first run of this key
     * @throws Refusal conflict {@code idempotency-key-in-use} when another request with this key is still being
     *                 processed (it was not finished within two seconds); key reused {@code idempotency-key-reused}
     *                 when the key was used before with another fingerprint
     */
    @Transactional
    public Response claimAndRun(IdempotencyScope scope, String fingerprint, Supplier<Response> work) {
        EntityManager em = entityManager();
        String hash = Fingerprint.of(fingerprint);
        if (!claim(em, scope, hash)) {
            return replay(em, scope, hash);
        }
        Response response = work.get();
        save(em, scope, outcomeOf(response));
        return response;
    }

    /**
     * Records a 4xx outcome, whose own transaction was rolled back, so that a retry gets the same answer. Runs in
     * a transaction of its own; when the key is already recorded, it changes nothing.
     *
     * @param scope       the key with what it is scoped to
     * @param fingerprint the request's canonical text, as given to {@link #claimAndRun}
     * @param rejection   the client error the request was answered with; its problem is stored as the body
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRejection(IdempotencyScope scope, String fingerprint, Refusal rejection) {
        Problem answer = ProblemResponses.problemOf(rejection);
        entityManager()
                .createNativeQuery("INSERT INTO idempotency_key (caller, method, path, idem_key, fingerprint, status, "
                        + "content_type, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, scope.caller())
                .setParameter(2, scope.method())
                .setParameter(3, scope.path())
                .setParameter(4, scope.key().value())
                .setParameter(5, Fingerprint.of(fingerprint))
                .setParameter(6, answer.status())
                .setParameter(7, Problem.MEDIA_TYPE)
                .setParameter(8, answer.toJson().toString())
                .executeUpdate();
    }

    /**
     * Forgets keys older than the retention; keys are kept at least 24 hours.
     *
     * @param hours the retention: keys created longer ago than this are deleted
     * @return how many keys were deleted
     */
    @Transactional
    public int purgeOlderThanHours(int hours) {
        return entityManager()
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => ?)")
                .setParameter(1, hours)
                .executeUpdate();
    }

    /** The JNDI name under which each WAR declares the entity manager of its schema. */
    public static final String PERSISTENCE_REF = "java:comp/env/ecommerce/persistence";

    // The entity manager of each WAR, by the WAR's class loader (in an EAR this bean is one for all the WARs):
    // a JNDI lookup per request took locks that every request shares (seen with JFR under purchase load). Keys
    // and values are held weakly, so an undeployed WAR is not kept alive; a collected value is looked up again.
    private static final Map<ClassLoader, WeakReference<EntityManager>> BY_MODULE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static EntityManager entityManager() {
        ClassLoader module = Thread.currentThread().getContextClassLoader();
        WeakReference<EntityManager> held = BY_MODULE.get(module);
        EntityManager em = held == null ? null : held.get();
        if (em == null) {
            try {
                em = InitialContext.doLookup(PERSISTENCE_REF);
            } catch (NamingException e) {
                throw new IllegalStateException("The WAR declares no persistence-context-ref " + PERSISTENCE_REF, e);
            }
            BY_MODULE.put(module, new WeakReference<>(em));
        }
        return em;
    }

    private boolean claim(EntityManager em, IdempotencyScope scope, String hash) {
        try {
            // claim_idempotency_key (common migration V2) bounds the wait for that insert alone.
            return (Boolean) em.createNativeQuery("SELECT claim_idempotency_key(?, ?, ?, ?, ?, ?)")
                    .setParameter(1, scope.caller())
                    .setParameter(2, scope.method())
                    .setParameter(3, scope.path())
                    .setParameter(4, scope.key().value())
                    .setParameter(5, hash)
                    .setParameter(6, WAIT_MILLIS)
                    .getSingleResult();
        } catch (PersistenceException e) {
            if (SqlStates.isLockTimeout(e)) {
                throw new KeyInUse();
            }
            throw e;
        }
    }

    /** Some columns (two or more) of the key's row, when it has one. */
    private static Optional<Object[]> row(EntityManager em, String columns, IdempotencyScope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + columns + " FROM idempotency_key "
                        + "WHERE caller = ? AND method = ? AND path = ? AND idem_key = ?")
                .setParameter(1, scope.caller())
                .setParameter(2, scope.method())
                .setParameter(3, scope.path())
                .setParameter(4, scope.key().value())
                .getResultList();
        return rows.stream().findFirst();
    }

    private Response replay(EntityManager em, IdempotencyScope scope, String hash) {
        // Empty when purged between the claim and this read: the caller may retry and run afresh.
        Object[] row = row(em, "fingerprint, status, content_type, body, location", scope)
                .orElseThrow(KeyInUse::new);
        if (!hash.equals(row[0])) {
            throw new KeyReused();
        }
        return new StoredOutcome(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4])
                .toReplay();
    }

    private void save(EntityManager em, IdempotencyScope scope, StoredOutcome outcome) {
        em.createNativeQuery("UPDATE idempotency_key SET status = ?, content_type = ?, body = ?, location = ? "
                        + "WHERE caller = ? AND method = ? AND path = ? AND idem_key = ?")
                .setParameter(1, outcome.status())
                .setParameter(2, outcome.contentType())
                .setParameter(3, outcome.body())
                .setParameter(4, outcome.location())
                .setParameter(5, scope.caller())
                .setParameter(6, scope.method())
                .setParameter(7, scope.path())
                .setParameter(8, scope.key().value())
                .executeUpdate();
    }

    private static StoredOutcome outcomeOf(Response response) {
        Object entity = response.getEntity();
        String body = null;
        String contentType = null;
        if (entity != null) {
            body = entity instanceof String s ? s : ApiJson.jsonb().toJson(entity);
            MediaType type = response.getMediaType();
            contentType = type != null ? type.toString() : MediaType.APPLICATION_JSON;
        }
        String location =
                response.getLocation() == null ? null : response.getLocation().toString();
        return new StoredOutcome(response.getStatus(), contentType, body, location);
    }

    /** Errors about the key itself; they are answers, not outcomes to store. */
    static class KeyError extends Refusal {
        private static final long serialVersionUID = 1L;

        KeyError(Refusal e) {
            super(e);
        }
    }

    /** 409: another request with this key is still being processed. */
    static final class KeyInUse extends KeyError {
        private static final long serialVersionUID = 1L;

        KeyInUse() {
            super(Refusal.conflict(
                    ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "A request with this Idempotency-Key is still being processed; retry later."));
        }
    }

    /** 422: the key was used before with another request. */
    static final class KeyReused extends KeyError {
        private static final long serialVersionUID = 1L;

        KeyReused() {
            super(Refusal.keyReused(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request."));
        }
    }
}

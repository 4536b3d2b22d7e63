package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ecommerce.common.security.Usernames;

/**
 * Sales in the database. Each change of a saga's state is its own short transaction, committed before the next
 * remote call: no transaction is ever held open across a call to another service.
 */
@ApplicationScoped
public class SaleRepository {

    @PersistenceContext(unitName = "sales")
    EntityManager em;

    /**
     * Inserts the sale and commits it, before any saga call, unless its buyer already made a sale with its
     * Idempotency-Key: one transaction for both, since every purchase asks.
     *
     * @param sale the new, pending sale
     * @return the sale recorded for the key: {@code sale} itself, now with its id, or the earlier sale
     * @throws jakarta.persistence.PersistenceException with a unique violation when a request with the same key
     *                                                  inserted its sale at the same moment
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sale addUnlessKeyUsed(Sale sale) {
        if (sale.idempotencyKey() != null) {
            Optional<Sale> earlier = findByKey(sale.requestedBy(), sale.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        em.persist(sale);
        em.flush();
        return sale;
    }

    /**
     * Applies {@code change} to the sale and commits it, unless another driver changed the sale since this one
     * last saw it: the version fences every step, so a driver whose lease was taken over stops at its next
     * commit instead of working on the sale beside the new driver.
     *
     * @param seen   the sale as this driver last committed or read it
     * @param change the state change, for example {@code s -> s.stock(Step.TAKEN)}
     * @return the sale after the change
     * @throws LeaseLost when the sale's version is no longer the one this driver saw
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sale update(Sale seen, Consumer<Sale> change) {
        long id = seen.id();
        Sale sale = em.find(Sale.class, id);
        if (sale.version() != seen.version()) {
            throw new LeaseLost(id);
        }
        change.accept(sale);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Claimed between the read above and this write.
            throw new LeaseLost(id);
        }
        return sale;
    }

    /**
     * The sale as committed now.
     *
     * @param id the sale's id
     * @return the sale, {@code null} when there is none
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sale reload(long id) {
        return em.find(Sale.class, id);
    }

    /**
     * The sale with this id, in any status.
     *
     * @param id the sale's id
     * @return the sale, or empty when there is none
     */
    public Optional<Sale> find(long id) {
        return Optional.ofNullable(em.find(Sale.class, id));
    }

    /**
     * The sale a caller made with an Idempotency-Key.
     *
     * @param requestedBy the caller's token subject
     * @param key         the key as the client sent it
     * @return the sale, or empty when this caller never used the key
     */
    public Optional<Sale> findByKey(String requestedBy, String key) {
        return em.createQuery(
                        "SELECT s FROM Sale s WHERE s.requestedBy = :caller AND s.idempotencyKey = :key", Sale.class)
                .setParameter("caller", requestedBy)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * Sales newest first, in one status or all, of one buyer or all.
     *
     * @param status   the status's column text, or {@code null} for every status
     * @param username the buyer in any letter case, or {@code null} for every buyer
     * @param offset   how many sales to skip
     * @param limit    how many sales at most
     * @return the sales of the page, by id descending
     */
    public List<Sale> list(String status, String username, int offset, int limit) {
        return filtered("SELECT s FROM Sale s", status, username, " ORDER BY s.id DESC", Sale.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many sales {@link #list} pages through, with the same filters. */
    public long count(String status, String username) {
        return filtered("SELECT COUNT(s) FROM Sale s", status, username, "", Long.class)
                .getSingleResult();
    }

    /** How many sales are pending now, for the gauge in /metrics. */
    public long countPending() {
        return count(Sale.columnOf(Sale.Status.PENDING), null);
    }

    // Only the filters asked for: a parameter bound to NULL has no type PostgreSQL can infer.
    private <T> TypedQuery<T> filtered(String select, String status, String username, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("s.status = :status");
        }
        if (username != null) {
            conditions.add("LOWER(s.username) = :username");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (username != null) {
            query.setParameter("username", Usernames.fold(username));
        }
        return query;
    }

    /**
     * Claims one pending sale whose lease ran out (or was released), with a new lease of the column's default
     * length, both judged and set by the database's clock. The claim raises the version, which stops the sale's
     * previous driver at its next commit. {@code SKIP LOCKED} makes concurrent claims by several instances take
     * different sales.
     *
     * @return the claimed sale's id, or empty when no pending sale is free
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claimAbandoned() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("UPDATE sale SET lease_until = DEFAULT, version = version + 1 "
                        + "WHERE id = (SELECT id FROM sale WHERE status = 'pending' "
                        + "AND (lease_until IS NULL OR lease_until < now()) ORDER BY id LIMIT 1 "
                        + "FOR UPDATE SKIP LOCKED) RETURNING id")
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}

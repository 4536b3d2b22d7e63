package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
     * Applies {@code change} to the sale and commits it.
     *
     * @param id     the sale's id
     * @param change the state change, for example {@code s -> s.stock(Step.TAKEN)}
     * @return the sale after the change
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sale update(long id, Consumer<Sale> change) {
        Sale sale = em.find(Sale.class, id);
        change.accept(sale);
        em.flush();
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
     * A customer's completed sales, newest first.
     *
     * @param username the buyer, in any letter case
     * @param offset   how many sales to skip
     * @param limit    how many sales at most
     * @return the sales of the page, by id descending
     */
    public List<Sale> history(String username, int offset, int limit) {
        return em.createQuery(
                        "SELECT s FROM Sale s WHERE LOWER(s.username) = LOWER(:username) "
                                + "AND s.status = :completed ORDER BY s.id DESC",
                        Sale.class)
                .setParameter("username", username)
                .setParameter("completed", "completed")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many completed sales a customer has.
     *
     * @param username the buyer, in any letter case
     * @return the count
     */
    public long countHistory(String username) {
        return em.createQuery(
                        "SELECT COUNT(s) FROM Sale s WHERE LOWER(s.username) = LOWER(:username) "
                                + "AND s.status = :completed",
                        Long.class)
                .setParameter("username", username)
                .setParameter("completed", "completed")
                .getSingleResult();
    }

    /**
     * Claims one pending sale whose lease ran out, for {@code leaseSeconds}. {@code SKIP LOCKED} makes concurrent
     * claims by several instances take different sales.
     *
     * @param leaseSeconds how long the claim keeps other instances off the sale
     * @return the claimed sale's id, or empty when no pending sale is free
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> claimAbandoned(int leaseSeconds) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("UPDATE sale SET lease_until = now() + make_interval(secs => ?) "
                        + "WHERE id = (SELECT id FROM sale WHERE status = 'pending' "
                        + "AND (lease_until IS NULL OR lease_until < now()) ORDER BY id LIMIT 1 "
                        + "FOR UPDATE SKIP LOCKED) RETURNING id")
                .setParameter(1, leaseSeconds)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}

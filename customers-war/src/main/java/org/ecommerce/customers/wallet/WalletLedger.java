package org.ecommerce.customers.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Balances and their ledger. A balance changes only by one conditional UPDATE (never read, compared in Java and
 * written back), and the ledger row is written in the same transaction, so concurrent operations can neither
 * overdraw a wallet nor let the balance and the ledger disagree.
 */
@ApplicationScoped
public class WalletLedger {

    @PersistenceContext(unitName = "customers")
    EntityManager em;

    /**
     * Adds {@code amount} (negative to take) to the live customer's balance, unless that would take it below
     * zero.
     *
     * @return the customer id and new balance, or empty when the customer does not exist or the money is short
     */
    public Optional<Balance> add(String username, BigDecimal amount) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE customer SET wallet_balance = wallet_balance + ? "
                        + "WHERE lower(username) = lower(?) AND deleted_at IS NULL AND wallet_balance + ? >= 0 "
                        + "RETURNING id, wallet_balance")
                .setParameter(1, amount)
                .setParameter(2, username)
                .setParameter(3, amount)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Balance(((Number) row[0]).longValue(), (BigDecimal) row[1]));
    }

    public void record(WalletTransaction transaction) {
        em.persist(transaction);
        em.flush();
    }

    public List<WalletTransaction> list(long customerId, int offset, int limit) {
        return em.createQuery("SELECT t FROM WalletTransaction t WHERE t.customerId = :customer ORDER BY t.id",
                        WalletTransaction.class)
                .setParameter("customer", customerId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(long customerId) {
        return em.createQuery("SELECT COUNT(t) FROM WalletTransaction t WHERE t.customerId = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /**
     * A balance after a change.
     *
     * @param customerId the wallet's owner
     * @param amount     the new balance
     */
    public record Balance(long customerId, BigDecimal amount) {
    }
}

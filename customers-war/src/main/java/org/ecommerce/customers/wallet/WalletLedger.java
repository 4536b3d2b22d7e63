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
     * Adds {@code amount} (negative to take) to a customer's balance, unless that would take it below zero.
     *
     * @param username  the owner's username, in any letter case
     * @param amount    the signed change: positive to add, negative to take
     * @param closedToo whether a deleted customer's wallet may receive it (refunds: money taken before the
     *                  account was closed must still go back somewhere, never vanish)
     * @return the customer and new balance, or empty when there is no such customer or the money is short
     */
    public Optional<Balance> add(String username, BigDecimal amount, boolean closedToo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE customer SET wallet_balance = wallet_balance + ? "
                        + "WHERE lower(username) = lower(?) AND (deleted_at IS NULL OR ?) AND wallet_balance + ? >= 0 "
                        + "RETURNING id, username, wallet_balance")
                .setParameter(1, amount)
                .setParameter(2, username)
                .setParameter(3, closedToo)
                .setParameter(4, amount)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Balance(((Number) row[0]).longValue(), (String) row[1], (BigDecimal) row[2]));
    }

    /**
     * Writes a ledger row now, so that a duplicate reference fails here rather than at commit.
     *
     * @param transaction the row, in the transaction that changed the balance
     * @throws jakarta.persistence.PersistenceException with a unique violation when the reference exists
     */
    public void record(WalletTransaction transaction) {
        transaction.insert().execute(em);
    }

    /**
     * One page of a wallet's ledger, oldest first (by id).
     *
     * @param customerId the wallet's owner
     * @param offset     how many rows to skip
     * @param limit      how many rows at most
     * @return the rows of the page
     */
    public List<WalletTransaction> list(long customerId, int offset, int limit) {
        return em.createQuery(
                        "SELECT t FROM WalletTransaction t WHERE t.customerId = :customer ORDER BY t.id",
                        WalletTransaction.class)
                .setParameter("customer", customerId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many rows a wallet's ledger has.
     *
     * @param customerId the wallet's owner
     * @return the number of rows
     */
    public long count(long customerId) {
        return em.createQuery("SELECT COUNT(t) FROM WalletTransaction t WHERE t.customerId = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    /**
     * A balance after a change.
     *
     * @param customerId the wallet's owner
     * @param username   the owner's username as registered
     * @param amount     the new balance
     */
    public record Balance(long customerId, String username, BigDecimal amount) {}
}

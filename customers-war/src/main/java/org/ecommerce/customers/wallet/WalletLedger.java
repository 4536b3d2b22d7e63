package org.ecommerce.customers.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ecommerce.common.security.Usernames;

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
                        + "WHERE lower(username) = ? AND (deleted_at IS NULL OR ?) AND wallet_balance + ? >= 0 "
                        + "RETURNING id, username, wallet_balance")
                .setParameter(1, amount)
                .setParameter(2, Usernames.fold(username))
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
     * The id of the customer with this username, a deleted account's too.
     *
     * @param username the username in any letter case
     * @return the id, empty when nobody ever had the username
     */
    public Optional<Long> customerId(String username) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM customer WHERE lower(username) = ?")
                .setParameter(1, Usernames.fold(username))
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /**
     * The debit a refund names, on this customer's wallet.
     *
     * @param customerId the wallet's owner
     * @param id         the debit's ledger id, or {@code null} to find it by reference
     * @param reference  the debit's reference, used when {@code id} is {@code null}
     * @return the debit, empty when the wallet has no such debit
     */
    public Optional<Debit> debit(long customerId, Long id, String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, -d.amount, EXISTS (SELECT 1 FROM wallet_transaction r "
                        + "WHERE r.refund_of = d.id) FROM wallet_transaction d WHERE d.customer_id = ? "
                        + "AND d.kind = 'deduct' AND (d.id = ? OR d.reference = ?)")
                .setParameter(1, customerId)
                .setParameter(2, id == null ? -1L : id)
                .setParameter(3, id == null ? reference : "")
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Debit(((Number) row[0]).longValue(), (BigDecimal) row[1], (Boolean) row[2]));
    }

    /**
     * A debit of a wallet, as a refund finds it.
     *
     * @param id       its ledger id
     * @param amount   what it took, positive
     * @param refunded whether a refund gave it back already
     */
    public record Debit(long id, BigDecimal amount, boolean refunded) {}

    /**
     * A balance after a change.
     *
     * @param customerId the wallet's owner
     * @param username   the owner's username as registered
     * @param amount     the new balance
     */
    public record Balance(long customerId, String username, BigDecimal amount) {}
}

package org.ecommerce.inventory.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.OptionalInt;

/**
 * Stock counts and their ledger. A count changes by one conditional UPDATE (never read, compared in Java and
 * written back), and its ledger row is written in the same transaction, so concurrent deductions can neither
 * oversell nor let the count and the ledger disagree.
 */
@ApplicationScoped
public class StockLedger {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /**
     * Adds {@code quantity} (negative to take) to a good's stock, unless that would take it below zero.
     *
     * @param goodId        the good's id
     * @param quantity      the signed change: positive to add, negative to take
     * @param evenIfDeleted whether a deleted good's stock may change too (a restock: see {@link StockService})
     * @return the new stock, or empty when the good does not exist (or is deleted, unless allowed) or the stock
     *         is short
     */
    public OptionalInt add(long goodId, int quantity, boolean evenIfDeleted) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("UPDATE good SET stock_count = stock_count + ? "
                        + "WHERE id = ? AND (deleted_at IS NULL OR ?) AND stock_count + ? >= 0 RETURNING stock_count")
                .setParameter(1, quantity)
                .setParameter(2, goodId)
                .setParameter(3, evenIfDeleted)
                .setParameter(4, quantity)
                .getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
    }

    /**
     * Writes a ledger row now, so that a duplicate reference fails here rather than at commit.
     *
     * @param movement the row, in the transaction that changed the stock
     * @throws jakarta.persistence.PersistenceException with a unique violation when the reference exists
     */
    public void record(StockMovement movement) {
        em.persist(movement);
        em.flush();
    }
}

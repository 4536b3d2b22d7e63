package org.ecommerce.inventory.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecommerce.inventory.good.Good;

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
     * @return the good after the change, as the statement returned it (no second read), or empty when the good
     *         does not exist (or is deleted, unless allowed) or the stock is short
     */
    public Optional<Good> add(long goodId, int quantity, boolean evenIfDeleted) {
        @SuppressWarnings("unchecked")
        List<Good> rows = em.createNativeQuery(
                        "UPDATE good SET stock_count = stock_count + ? "
                                + "WHERE id = ? AND (deleted_at IS NULL OR ?) AND stock_count + ? >= 0 "
                                + "RETURNING id, name, category, price, description, stock_count, created_at, deleted_at, "
                                + "version",
                        Good.class)
                .setParameter(1, quantity)
                .setParameter(2, goodId)
                .setParameter(3, evenIfDeleted)
                .setParameter(4, quantity)
                .getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Writes a ledger row now, so that a duplicate reference fails here rather than at commit.
     *
     * @param movement the row, in the transaction that changed the stock
     * @throws jakarta.persistence.PersistenceException with a unique violation when the reference exists
     */
    public void record(StockMovement movement) {
        movement.insert().execute(em);
    }
}

package org.ecommerce.inventory.good;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.ecommerce.api.inventory.Category;

/** Goods in the database; deleted goods are invisible to every lookup. */
@ApplicationScoped
public class GoodRepository {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /**
     * The live good with this id.
     *
     * @param id the good's id
     * @return the good, or empty when there is none or it was deleted
     */
    public Optional<Good> find(long id) {
        return Optional.ofNullable(em.find(Good.class, id)).filter(g -> !g.isDeleted());
    }

    /**
     * The live good, its row locked until the transaction ends, for changes that read before they write.
     *
     * @param id the good's id
     * @return the locked good, or empty when there is none or it was deleted
     */
    public Optional<Good> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Good.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(g -> !g.isDeleted());
    }

    /**
     * Live goods by id, optionally of one category, optionally only those in stock.
     *
     * @param category    the category to keep, or {@code null} for all
     * @param inStockOnly whether to keep only goods with a stock above 0
     * @param offset      how many goods to skip
     * @param limit       how many goods at most
     * @return the goods of the page, by id ascending
     */
    public List<Good> list(Category category, boolean inStockOnly, int offset, int limit) {
        TypedQuery<Good> query = em.createQuery(
                "SELECT g FROM Good g WHERE g.deletedAt IS NULL "
                        + (category == null ? "" : "AND g.category = :category ")
                        + (inStockOnly ? "AND g.stockCount > 0 " : "") + "ORDER BY g.id",
                Good.class);
        if (category != null) {
            query.setParameter("category", category.value());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * How many live goods {@link #list} would page through.
     *
     * @param category    the category to count, or {@code null} for all
     * @param inStockOnly whether to count only goods with a stock above 0
     * @return the count
     */
    public long count(Category category, boolean inStockOnly) {
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(g) FROM Good g WHERE g.deletedAt IS NULL"
                        + (category == null ? "" : " AND g.category = :category")
                        + (inStockOnly ? " AND g.stockCount > 0" : ""),
                Long.class);
        if (category != null) {
            query.setParameter("category", category.value());
        }
        return query.getSingleResult();
    }

    /**
     * Inserts the good now, so that its id is known for its first ledger row.
     *
     * @param good the new good; it has its id afterwards
     */
    public void add(Good good) {
        em.persist(good);
        em.flush();
    }

    /** Writes pending changes now, so that a failure shows inside the service method. */
    public void flush() {
        em.flush();
    }
}

package org.ecommerce.inventory.good;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Goods in the database; deleted goods are invisible to every lookup. */
@ApplicationScoped
public class GoodRepository {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    public Optional<Good> find(long id) {
        return Optional.ofNullable(em.find(Good.class, id)).filter(g -> !g.isDeleted());
    }

    /** The live good, its row locked until the transaction ends, for changes that read before they write. */
    public Optional<Good> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Good.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(g -> !g.isDeleted());
    }

    /** Live goods by id, optionally of one category, optionally only those in stock. */
    public List<Good> list(Category category, boolean inStockOnly, int offset, int limit) {
        TypedQuery<Good> query = em.createQuery("SELECT g FROM Good g WHERE g.deletedAt IS NULL "
                + (category == null ? "" : "AND g.category = :category ")
                + (inStockOnly ? "AND g.stockCount > 0 " : "") + "ORDER BY g.id", Good.class);
        if (category != null) {
            query.setParameter("category", category.value());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Category category, boolean inStockOnly) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(g) FROM Good g WHERE g.deletedAt IS NULL"
                + (category == null ? "" : " AND g.category = :category")
                + (inStockOnly ? " AND g.stockCount > 0" : ""), Long.class);
        if (category != null) {
            query.setParameter("category", category.value());
        }
        return query.getSingleResult();
    }

    /** Inserts the good now, so that its id is known for its first ledger row. */
    public void add(Good good) {
        em.persist(good);
        em.flush();
    }

    public void flush() {
        em.flush();
    }
}

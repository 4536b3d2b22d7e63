package org.ecommerce.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ecommerce.api.reviews.RatingSummary;
import org.ecommerce.common.security.Usernames;

/** Reviews in the database. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "reviews")
    EntityManager em;

    /**
     * The review with this id, in any status; visibility is the service's to decide.
     *
     * @param id the review's id
     * @return the review, or empty when there is none
     */
    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    /**
     * Inserts in a transaction of its own, so that a second review of one product by one customer fails here.
     *
     * @param review the new review; it has its id afterwards
     * @throws jakarta.persistence.PersistenceException with a unique violation when the author already reviewed
     *                                                  the product
     */
    @Transactional
    public void add(Review review) {
        em.persist(review);
        em.flush();
    }

    /**
     * Applies {@code change} to the stored review in a transaction of its own, for changes decided outside one;
     * empty when the review is gone by now.
     *
     * @param id     the review's id
     * @param change the change, for example an edit
     * @return the changed review, or empty when there is no such review
     */
    @Transactional
    public Optional<Review> update(long id, Consumer<Review> change) {
        Optional<Review> review = find(id);
        review.ifPresent(change);
        em.flush();
        return review;
    }

    /**
     * Deletes the review now; the row is gone, not marked.
     *
     * @param review the review, managed in the current transaction
     */
    public void remove(Review review) {
        em.remove(review);
        em.flush();
    }

    /** Writes pending changes now, so that a conflict fails inside the service method. */
    public void flush() {
        em.flush();
    }

    /**
     * The reviews of a product with one of {@code statuses}, by id.
     *
     * @param productId the good's id
     * @param statuses  the statuses to keep, as {@link ReviewStatus#value()} names them
     * @param offset    how many reviews to skip
     * @param limit     how many reviews at most
     * @return the reviews of the page, by id ascending
     */
    public List<Review> ofProduct(long productId, Set<String> statuses, int offset, int limit) {
        return query(
                        "SELECT r FROM Review r WHERE r.productId = :key AND r.status IN :statuses ORDER BY r.id",
                        productId,
                        statuses)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many reviews of a product have one of {@code statuses}.
     *
     * @param productId the good's id
     * @param statuses  the statuses to count, as {@link ReviewStatus#value()} names them
     * @return the count
     */
    public long countOfProduct(long productId, Set<String> statuses) {
        return count(
                "SELECT COUNT(r) FROM Review r WHERE r.productId = :key AND r.status IN :statuses",
                productId,
                statuses);
    }

    /**
     * The reviews by an author (case-insensitively) with one of {@code statuses}, by id.
     *
     * @param username  the author, in any letter case
     * @param statuses  the statuses to keep, as {@link ReviewStatus#value()} names them
     * @param offset    how many reviews to skip
     * @param limit     how many reviews at most
     * @return the reviews of the page, by id ascending
     */
    public List<Review> byAuthor(String username, Set<String> statuses, int offset, int limit) {
        return query(
                        "SELECT r FROM Review r WHERE LOWER(r.username) = :key AND r.status IN :statuses "
                                + "ORDER BY r.id",
                        Usernames.fold(username),
                        statuses)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many reviews by an author (case-insensitively) have one of {@code statuses}.
     *
     * @param username the author, in any letter case
     * @param statuses the statuses to count, as {@link ReviewStatus#value()} names them
     * @return the count
     */
    public long countByAuthor(String username, Set<String> statuses) {
        return count(
                "SELECT COUNT(r) FROM Review r WHERE LOWER(r.username) = :key AND r.status IN :statuses",
                Usernames.fold(username),
                statuses);
    }

    /**
     * The summary of the ratings of a product's reviews with one of {@code statuses}.
     *
     * @param productId the good's id
     * @param statuses  the statuses that count, as {@link ReviewStatus#value()} names them
     * @return the count and average of those ratings; the average is {@code null} when there are none
     */
    public RatingSummary summary(long productId, Set<String> statuses) {
        Object[] row = em.createQuery(
                        "SELECT COUNT(r), SUM(r.rating) FROM Review r WHERE r.productId = :key "
                                + "AND r.status IN :statuses",
                        Object[].class)
                .setParameter("key", productId)
                .setParameter("statuses", statuses)
                .getSingleResult();
        // SUM of no rows is null.
        return Ratings.summary(
                productId, ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    private TypedQuery<Review> query(String jpql, Object key, Set<String> statuses) {
        return em.createQuery(jpql, Review.class).setParameter("key", key).setParameter("statuses", statuses);
    }

    private long count(String jpql, Object key, Set<String> statuses) {
        return em.createQuery(jpql, Long.class)
                .setParameter("key", key)
                .setParameter("statuses", statuses)
                .getSingleResult();
    }
}

package org.ecommerce.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.api.reviews.EditReviewRequest;
import org.ecommerce.api.reviews.ModerationRequest;
import org.ecommerce.api.reviews.NewReviewRequest;
import org.ecommerce.api.reviews.RatingSummary;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.reviews.inventory.InventoryClient;
import org.ecommerce.reviews.inventory.Product;

/**
 * Reviews and their moderation, with who may see and change what. A flagged review is visible only to its author
 * and to employees; to everyone else it does not exist.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());
    private static final Set<String> ALL = statuses(ReviewStatus.values());
    private static final Set<String> VISIBLE = statuses(ReviewStatus.PENDING, ReviewStatus.APPROVED);

    @Inject
    ReviewRepository reviews;

    @Inject
    InventoryClient inventory;

    /**
     * Writes a customer's review of a product that inventory knows. Inventory is asked before the transaction
     * opens, so that a slow inventory holds no database connection.
     *
     * @param caller    the author; the role check (customers only) is the resource's
     * @param productId the good's id
     * @param request   the validated review
     * @return the new review, {@code pending}, with its id
     * @throws Refusal not found when inventory has no such good; conflict {@code duplicate-review} when the caller
     *                 already reviewed it; unavailable when inventory cannot be asked
     */
    public Review create(Caller caller, long productId, NewReviewRequest request) {
        Product product = existingProduct(productId);
        Review review =
                new Review(caller.username(), product.id(), product.name(), request.rating(), request.comment());
        try {
            reviews.add(review);
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw Refusal.conflict(ProblemType.DUPLICATE_REVIEW, "You have already reviewed this product.");
            }
            throw e;
        }
        LOG.info(() -> "Review " + review.id() + " of product " + review.productId() + " by " + caller.username()
                + " [request " + RequestId.current() + "]");
        return review;
    }

    /**
     * One review, unless it is flagged and the caller is neither its author nor an employee.
     *
     * @param caller who asks, anonymous allowed
     * @param id     the review's id
     * @return the review
     * @throws Refusal not found when there is no such review, or it is hidden from the caller
     */
    @Transactional
    public Review get(Caller caller, long id) {
        return visible(caller, id);
    }

    /**
     * The author's edit; it sends the review back to moderation and takes the product's current name from
     * inventory. As on creation, inventory is asked outside a transaction, and when it cannot be asked nothing
     * changes (503). A product inventory no longer has keeps the name it had: its reviews stay, and stay editable.
     *
     * @param caller  who asks; only the author may edit
     * @param id      the review's id
     * @param request the validated members to change
     * @return the edited review, {@code pending}
     * @throws Refusal not found when there is no such review or it is hidden from the caller; forbidden for anyone but
     *                 the author; unavailable when inventory cannot be asked
     */
    public Review edit(Caller caller, long id, EditReviewRequest request) {
        Review review = visible(caller, id);
        if (!caller.isUser(review.username())) {
            throw Refusal.forbidden("Only the author can edit a review.");
        }
        String productName =
                inventory.product(review.productId()).map(Product::name).orElse(review.productName());
        // Authorship cannot have changed meanwhile (the author's name is fixed), but the review may be gone.
        Review edited = reviews.update(id, r -> r.edit(request.rating(), request.comment(), productName))
                .orElseThrow(ReviewId::notFound);
        LOG.info(() -> "Review " + id + " of product " + edited.productId() + " edited by " + caller.username()
                + " [request " + RequestId.current() + "]");
        return edited;
    }

    /**
     * The author, or an employee, deletes a review.
     *
     * @param caller who asks
     * @param id     the review's id
     * @throws Refusal not found when there is no such review or it is hidden from the caller; forbidden for anyone but
     *                 the author or an employee
     */
    @Transactional
    public void delete(Caller caller, long id) {
        Review review = visible(caller, id);
        if (!caller.isSelfOrEmp(review.username())) {
            throw Refusal.forbidden("Only the author or an employee can delete a review.");
        }
        reviews.remove(review);
        LOG.info(() -> "Review " + id + " deleted by " + caller.username() + " [request " + RequestId.current() + "]");
    }

    /**
     * An employee's verdict on a review, whatever its status.
     *
     * @param caller  the employee, for the log; the role check is the resource's
     * @param id      the review's id
     * @param request the validated verdict
     * @return the review with its new status
     * @throws Refusal not found when there is no such review
     */
    @Transactional
    public Review moderate(Caller caller, long id, ModerationRequest request) {
        Review review = reviews.find(id).orElseThrow(ReviewId::notFound);
        review.moderate(ReviewStatus.of(request.status()).orElseThrow());
        reviews.flush();
        LOG.info(() -> "Review " + id + " " + request.status() + " by " + caller.username() + " [request "
                + RequestId.current() + "]");
        return review;
    }

    /**
     * A product's reviews: employees see all and may filter by {@code status}; everyone else sees the ones not
     * flagged and may not filter. Inventory is not asked: an unknown product simply has no reviews.
     *
     * @param caller    who asks, anonymous allowed
     * @param productId the good's id
     * @param status    the raw status filter, or {@code null} for none
     * @param page      the page asked for; a limit of 0 gives no reviews but still the total
     * @return the reviews of the page, by id, and how many the caller may see
     * @throws Refusal forbidden when a non-employee filters; invalid for an unknown status
     */
    @Transactional
    public Page<Review> ofProduct(Caller caller, long productId, String status, PageRequest page) {
        Set<String> statuses;
        if (status == null) {
            statuses = caller.isEmp() ? ALL : VISIBLE;
        } else if (!caller.isEmp()) {
            throw Refusal.forbidden("Only employees can filter reviews by status.");
        } else {
            statuses = Set.of(ReviewStatus.of(status)
                    .orElseThrow(() -> Refusal.invalid("status", "must be pending, approved or flagged"))
                    .value());
        }
        long total = reviews.countOfProduct(productId, statuses);
        List<Review> items =
                page.limit() == 0 ? List.of() : reviews.ofProduct(productId, statuses, page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /**
     * A customer's reviews: flagged ones only for that customer and for employees.
     *
     * @param caller   who asks, anonymous allowed
     * @param username the author, in any letter case
     * @param page     the page asked for; a limit of 0 gives no reviews but still the total
     * @return the reviews of the page, by id, and how many the caller may see
     */
    @Transactional
    public Page<Review> byAuthor(Caller caller, String username, PageRequest page) {
        Set<String> statuses = caller.isSelfOrEmp(username) ? ALL : VISIBLE;
        long total = reviews.countByAuthor(username, statuses);
        List<Review> items =
                page.limit() == 0 ? List.of() : reviews.byAuthor(username, statuses, page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /**
     * Number and average of the ratings not flagged; the average is rounded half up to two decimals, and is
     * {@code null} when there is none. An unknown product is a 404.
     *
     * @param productId the good's id
     * @return the summary over the reviews that are {@code pending} or {@code approved}
     * @throws Refusal not found when inventory has no such good; unavailable when inventory cannot be asked
     */
    public RatingSummary summary(long productId) {
        existingProduct(productId);
        return reviews.summary(productId, VISIBLE);
    }

    private Product existingProduct(long productId) {
        return inventory.product(productId).orElseThrow(() -> Refusal.notFound("No such product in the inventory."));
    }

    /** The review, unless it is flagged and the caller is neither its author nor an employee. */
    private Review visible(Caller caller, long id) {
        Review review = reviews.find(id).orElseThrow(ReviewId::notFound);
        if (review.status() == ReviewStatus.FLAGGED && !caller.isSelfOrEmp(review.username())) {
            throw ReviewId.notFound();
        }
        return review;
    }

    private static Set<String> statuses(ReviewStatus... statuses) {
        return Arrays.stream(statuses).map(ReviewStatus::value).collect(Collectors.toUnmodifiableSet());
    }
}

package org.ecommerce.reviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.ecommerce.api.reviews.ReviewView;

/** A customer's review of a good. Every change by its author sends it back to moderation. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private int rating;

    private String comment;

    /** A {@link ReviewStatus} by its {@link ReviewStatus#COLUMN} name (see EnumColumn for why not the enum). */
    @Column(nullable = false)
    private String status;

    @Column(name = "review_date", nullable = false, updatable = false)
    private OffsetDateTime reviewDate;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /** For JPA only. */
    protected Review() {
        // for JPA
    }

    /**
     * A new review, {@code pending}, written now.
     *
     * @param username    the author, from the token; never changes
     * @param productId   the reviewed good, which inventory has
     * @param productName the good's name as inventory shows it now
     * @param rating      1 to 5 ({@link IllegalArgumentException} otherwise)
     * @param comment     the text, stored as given, or {@code null} for none
     */
    public Review(String username, long productId, String productName, int rating, String comment) {
        this.username = Objects.requireNonNull(username);
        this.productId = productId;
        this.productName = Objects.requireNonNull(productName);
        this.rating = checkedRating(rating);
        this.comment = comment;
        this.status = ReviewStatus.COLUMN.name(ReviewStatus.PENDING);
        this.reviewDate = now();
        this.updatedAt = reviewDate;
    }

    /**
     * The author's edit: whatever changed, the review goes back to {@code pending}. A {@code null} rating or
     * comment stays as it was; the product's name is the one inventory shows now.
     *
     * @param newRating          1 to 5, or {@code null} to keep the rating
     * @param newComment         the new text, or {@code null} to keep the comment
     * @param currentProductName the good's name now, not {@code null}
     */
    public void edit(Integer newRating, String newComment, String currentProductName) {
        if (newRating != null) {
            rating = checkedRating(newRating);
        }
        if (newComment != null) {
            comment = newComment;
        }
        productName = Objects.requireNonNull(currentProductName);
        status = ReviewStatus.COLUMN.name(ReviewStatus.PENDING);
        updatedAt = now();
    }

    /**
     * An employee's verdict.
     *
     * @param verdict {@code APPROVED} or {@code FLAGGED}; {@code PENDING} is an {@link IllegalArgumentException}
     */
    public void moderate(ReviewStatus verdict) {
        if (verdict == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("moderation approves or flags");
        }
        status = ReviewStatus.COLUMN.name(verdict);
        updatedAt = now();
    }

    private static int checkedRating(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5");
        }
        return rating;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The review's id, as in {@code /v1/reviews/{id}}.
     *
     * @return the id, {@code null} until the review is inserted
     */
    public Long id() {
        return id;
    }

    /**
     * The author. The review keeps it when the account is deleted.
     *
     * @return the author's username as the token named it
     */
    public String username() {
        return username;
    }

    /**
     * The reviewed good.
     *
     * @return the good's id in inventory
     */
    public long productId() {
        return productId;
    }

    /**
     * The good's name as inventory showed it when the review was written or last edited.
     *
     * @return the name
     */
    public String productName() {
        return productName;
    }

    /**
     * The rating.
     *
     * @return 1 to 5
     */
    public int rating() {
        return rating;
    }

    /**
     * The comment, exactly as written; it is data, never markup.
     *
     * @return the text, or {@code null} when there is none
     */
    public String comment() {
        return comment;
    }

    public ReviewStatus status() {
        return ReviewStatus.COLUMN.of(status);
    }

    /**
     * When the review was written.
     *
     * @return the time, to the microsecond
     */
    public Instant reviewDate() {
        return reviewDate.toInstant();
    }

    /**
     * When the review last changed, by an edit or a verdict.
     *
     * @return the time, to the microsecond
     */
    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    /** The review as the API shows it. */
    public ReviewView view() {
        return new ReviewView(
                id, username, productId, productName, rating, comment, status().value(), reviewDate(), updatedAt());
    }
}

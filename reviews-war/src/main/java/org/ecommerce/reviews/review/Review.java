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

    @Column(nullable = false)
    private String status;

    @Column(name = "review_date", nullable = false, updatable = false)
    private OffsetDateTime reviewDate;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Review() {
        // for JPA
    }

    public Review(String username, long productId, String productName, int rating, String comment) {
        this.username = Objects.requireNonNull(username);
        this.productId = productId;
        this.productName = Objects.requireNonNull(productName);
        this.rating = checkedRating(rating);
        this.comment = comment;
        this.status = ReviewStatus.PENDING.value();
        this.reviewDate = now();
        this.updatedAt = reviewDate;
    }

    /**
     * The author's edit: whatever changed, the review goes back to {@code pending}. A {@code null} rating or
     * comment stays as it was; the product's name is the one inventory shows now.
     */
    public void edit(Integer newRating, String newComment, String currentProductName) {
        if (newRating != null) {
            rating = checkedRating(newRating);
        }
        if (newComment != null) {
            comment = newComment;
        }
        productName = Objects.requireNonNull(currentProductName);
        status = ReviewStatus.PENDING.value();
        updatedAt = now();
    }

    /** An employee's verdict. */
    public void moderate(ReviewStatus verdict) {
        if (verdict == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("moderation approves or flags");
        }
        status = verdict.value();
        updatedAt = now();
    }

    public boolean isWrittenBy(String name) {
        return name != null && username.equalsIgnoreCase(name);
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

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public ReviewStatus status() {
        return ReviewStatus.of(status).orElseThrow();
    }

    public Instant reviewDate() {
        return reviewDate.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}

package org.ecommerce.inventory.good;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A good for sale. Its stock is written by JPA only at creation and by an adjustment under a row lock; deductions
 * and restocks change it through conditional updates (see {@code StockLedger}).
 */
@Entity
@Table(name = "good")
public class Good {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private BigDecimal price;

    private String description;

    @Column(name = "stock_count", nullable = false)
    private int stockCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    private long version;

    protected Good() {
        // for JPA
    }

    public Good(String name, Category category, BigDecimal price, String description, int stockCount) {
        if (stockCount < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        this.name = Objects.requireNonNull(name);
        this.category = category.value();
        this.price = money(price);
        this.description = description;
        this.stockCount = stockCount;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public void rename(String newName) {
        name = Objects.requireNonNull(newName);
    }

    public void moveTo(Category newCategory) {
        category = newCategory.value();
    }

    public void reprice(BigDecimal newPrice) {
        price = money(newPrice);
    }

    public void describe(String newDescription) {
        description = newDescription;
    }

    /**
     * Sets the stock to a counted figure; the caller holds the row lock and records the difference.
     *
     * @return the difference to the previous stock
     */
    public int adjustStockTo(int counted) {
        if (counted < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        int difference = counted - stockCount;
        stockCount = counted;
        return difference;
    }

    // Prices are answered as stored, NUMERIC(12,2): 24.5 is 24.50 before and after it reaches the database.
    private static BigDecimal money(BigDecimal amount) {
        return Objects.requireNonNull(amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** Deletion keeps the row, so that its stock history and the sales that name it stay readable. */
    public void markDeleted() {
        if (deletedAt == null) {
            deletedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Category category() {
        return Category.of(category).orElseThrow();
    }

    public BigDecimal price() {
        return price;
    }

    public String description() {
        return description;
    }

    public int stockCount() {
        return stockCount;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}

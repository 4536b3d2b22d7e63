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
import org.ecommerce.api.inventory.Category;
import org.ecommerce.api.inventory.GoodView;

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

    /** For JPA only. */
    protected Good() {
        // for JPA
    }

    /**
     * A new good, created now. The caller records its initial stock in the ledger.
     *
     * @param name        the name, not {@code null}
     * @param category    the category
     * @param price       the unit price, at most 2 decimals (stored with exactly 2); more decimals throw
     *                    {@link ArithmeticException}
     * @param description the description, or {@code null} for none
     * @param stockCount  the initial stock, 0 or more ({@link IllegalArgumentException} otherwise)
     */
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

    /**
     * Changes the name. Sales keep the name they were made with.
     *
     * @param newName the new name, not {@code null}
     */
    public void rename(String newName) {
        name = Objects.requireNonNull(newName);
    }

    /**
     * Changes the category.
     *
     * @param newCategory the new category
     */
    public void moveTo(Category newCategory) {
        category = newCategory.value();
    }

    /**
     * Changes the price; sales already made keep the unit price they were made at.
     *
     * @param newPrice the new unit price, at most 2 decimals (stored with exactly 2)
     */
    public void reprice(BigDecimal newPrice) {
        price = money(newPrice);
    }

    /**
     * Changes the description.
     *
     * @param newDescription the new description, or {@code null} to clear it
     */
    public void describe(String newDescription) {
        description = newDescription;
    }

    /**
     * Sets the stock to a counted figure; the caller holds the row lock and records the difference.
     *
     * @param counted the counted stock, 0 or more ({@link IllegalArgumentException} otherwise)
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

    /**
     * The good's id, as in {@code /v1/inventory/goods/{id}}.
     *
     * @return the id, {@code null} until the good is inserted
     */
    public Long id() {
        return id;
    }

    /**
     * The name.
     *
     * @return the name, at most 100 characters
     */
    public String name() {
        return name;
    }

    public Category category() {
        return Category.of(category).orElseThrow();
    }

    /**
     * The current unit price.
     *
     * @return the price with exactly 2 decimals, for example {@code 24.50}
     */
    public BigDecimal price() {
        return price;
    }

    /**
     * The description.
     *
     * @return the description, or {@code null} when there is none
     */
    public String description() {
        return description;
    }

    /**
     * The stock as this entity read or set it. Deductions and restocks bypass the entity, so it is current only
     * when read after them.
     *
     * @return units in stock, 0 or more
     */
    public int stockCount() {
        return stockCount;
    }

    /**
     * Whether the good was deleted. A deleted good keeps its row but is invisible to the API.
     *
     * @return {@code true} once {@link #markDeleted()} was called
     */
    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The good as the API shows it, with its stock as {@code count}. */
    public GoodView view() {
        return new GoodView(id, name, category, price, description, stockCount);
    }
}

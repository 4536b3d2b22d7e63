package org.ecommerce.sales.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A sale and the state of its saga: whether it should still complete or be undone, and, for each of its two
 * steps (stock and money), whether the step was attempted, taken or given back. The transitions are guarded:
 * a sale completes only with both steps taken, and fails only with nothing left taken.
 */
@Entity
@Table(name = "sale")
public class Sale {

    /** Where a step stands. */
    public enum Step {
        /** Not taken: never attempted, or attempted and settled as not applied. */
        NONE,
        /** The call was sent, or is about to be, and its outcome is not known yet. */
        ATTEMPTED,
        /** Applied: the stock or money is held by the sale. */
        TAKEN,
        /** Applied and then given back by the compensation. */
        RETURNED
    }

    /** Where a sale stands. */
    public enum Status {
        /** Being processed, or waiting for recovery to finish or undo it. */
        PENDING,
        /** Both steps taken: the stock and the money are the sale's. */
        COMPLETED,
        /** Undone: nothing of the sale is left taken; the failure reason says why. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "good_id", nullable = false, updatable = false)
    private long goodId;

    @Column(name = "good_name", nullable = false, updatable = false)
    private String goodName;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "total_price", nullable = false, updatable = false)
    private BigDecimal totalPrice;

    @Column(nullable = false)
    private String status = "pending";

    @Column(nullable = false)
    private String intent = "complete";

    @Column(name = "stock_step", nullable = false)
    private String stockStep = "none";

    @Column(name = "money_step", nullable = false)
    private String moneyStep = "none";

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "remaining_balance")
    private BigDecimal remainingBalance;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    private String requestFingerprint;

    @Column(name = "lease_until")
    private OffsetDateTime leaseUntil;

    @Column(name = "sale_date", nullable = false, updatable = false)
    private OffsetDateTime saleDate;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    /** For JPA only. */
    protected Sale() {
        // for JPA
    }

    Sale(String username, long goodId, String goodName, int quantity, BigDecimal unitPrice, String requestedBy,
            String idempotencyKey, String requestFingerprint, OffsetDateTime leaseUntil) {
        this.username = username;
        this.goodId = goodId;
        this.goodName = goodName;
        this.quantity = quantity;
        this.unitPrice = unitPrice.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.totalPrice = this.unitPrice.multiply(BigDecimal.valueOf(quantity));
        this.requestedBy = requestedBy;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.leaseUntil = leaseUntil;
        this.saleDate = now();
        this.updatedAt = saleDate;
    }

    void stock(Step step) {
        stockStep = step.name().toLowerCase(java.util.Locale.ROOT);
        touch();
    }

    void money(Step step, BigDecimal balanceAfter) {
        moneyStep = step.name().toLowerCase(java.util.Locale.ROOT);
        if (balanceAfter != null) {
            remainingBalance = balanceAfter;
        }
        touch();
    }

    /** From now on the sale is undone, for the given reason, whatever else happens. */
    void abort(String reason) {
        if (!"abort".equals(intent)) {
            intent = "abort";
            failureReason = reason;
        }
        touch();
    }

    void complete() {
        if (stockStep() != Step.TAKEN || moneyStep() != Step.TAKEN || isAborting()) {
            throw new IllegalStateException("sale " + id + " cannot complete in its state");
        }
        status = "completed";
        leaseUntil = null;
        touch();
    }

    void fail() {
        if (stockStep() == Step.TAKEN || stockStep() == Step.ATTEMPTED || moneyStep() == Step.TAKEN
                || moneyStep() == Step.ATTEMPTED) {
            throw new IllegalStateException("sale " + id + " still holds stock or money");
        }
        status = "failed";
        leaseUntil = null;
        touch();
    }

    void releaseLease() {
        leaseUntil = null;
    }

    private void touch() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The sale's id, which also derives the Idempotency-Keys of its saga calls.
     *
     * @return the id, {@code null} until the sale is inserted
     */
    public Long id() {
        return id;
    }

    /**
     * The buyer.
     *
     * @return the username as the purchase named it: the buyer's token for a customer, the body for an employee
     */
    public String username() {
        return username;
    }

    /**
     * The good sold.
     *
     * @return the good's id in inventory
     */
    public long goodId() {
        return goodId;
    }

    /**
     * The good's name when the sale was made.
     *
     * @return the name, kept even if the good is renamed or deleted later
     */
    public String goodName() {
        return goodName;
    }

    /**
     * Units sold.
     *
     * @return 1 to 1000
     */
    public int quantity() {
        return quantity;
    }

    /**
     * The unit price inventory had when the sale was made.
     *
     * @return the price, with exactly 2 decimals
     */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /**
     * What the buyer pays.
     *
     * @return unit price times quantity, with 2 decimals, at most 1,000,000.00
     */
    public BigDecimal totalPrice() {
        return totalPrice;
    }

    /**
     * Where the sale stands.
     *
     * @return the status
     */
    public Status status() {
        return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the sale is to be undone rather than completed; once set, it stays set.
     *
     * @return {@code true} after {@link #failureReason()} was decided
     */
    public boolean isAborting() {
        return "abort".equals(intent);
    }

    /**
     * Where the stock deduction stands.
     *
     * @return the step
     */
    public Step stockStep() {
        return Step.valueOf(stockStep.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Where the wallet debit stands.
     *
     * @return the step
     */
    public Step moneyStep() {
        return Step.valueOf(moneyStep.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Why the sale is being undone or failed.
     *
     * @return {@code insufficient stock}, {@code insufficient funds}, {@code unknown good},
     *         {@code unknown customer} or {@code service unavailable}; {@code null} while the sale should complete
     */
    public String failureReason() {
        return failureReason;
    }

    /**
     * The buyer's wallet balance after the debit (or after the refund, when the sale was undone), as customers
     * answered it.
     *
     * @return the balance, or {@code null} while no money moved
     */
    public BigDecimal remainingBalance() {
        return remainingBalance;
    }

    /**
     * Who made the purchase, which scopes its Idempotency-Key.
     *
     * @return the caller's token subject: the buyer's customer id, or the employee's
     */
    public String requestedBy() {
        return requestedBy;
    }

    /**
     * The fingerprint of the purchase request, compared when its key is used again.
     *
     * @return the SHA-256 hex of good, quantity and buyer
     */
    public String requestFingerprint() {
        return requestFingerprint;
    }

    /**
     * When the sale was recorded.
     *
     * @return the time, to the microsecond
     */
    public Instant saleDate() {
        return saleDate.toInstant();
    }
}

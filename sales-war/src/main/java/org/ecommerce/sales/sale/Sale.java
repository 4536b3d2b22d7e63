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
    public enum Step { NONE, ATTEMPTED, TAKEN, RETURNED }

    /** Where a sale stands. */
    public enum Status { PENDING, COMPLETED, FAILED }

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

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public long goodId() {
        return goodId;
    }

    public String goodName() {
        return goodName;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal totalPrice() {
        return totalPrice;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isAborting() {
        return "abort".equals(intent);
    }

    public Step stockStep() {
        return Step.valueOf(stockStep.toUpperCase(java.util.Locale.ROOT));
    }

    public Step moneyStep() {
        return Step.valueOf(moneyStep.toUpperCase(java.util.Locale.ROOT));
    }

    public String failureReason() {
        return failureReason;
    }

    public BigDecimal remainingBalance() {
        return remainingBalance;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public Instant saleDate() {
        return saleDate.toInstant();
    }
}

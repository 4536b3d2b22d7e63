package org.ecommerce.sales.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.ecommerce.api.sales.SaleStateView;
import org.ecommerce.api.sales.SaleView;
import org.ecommerce.api.validation.Money;
import org.ecommerce.common.db.EnumColumn;
import org.ecommerce.sales.remote.StepResult;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * A sale and the state of its saga: whether it should still complete or be undone, and, for each of its two
 * steps (stock and money), whether the step was attempted, taken or given back. The sale makes the saga's
 * decisions from this state alone ({@link #nextCall()}, {@link #settle}), so they are the same for the request
 * that made it and for recovery after a crash, and they are tested without a server. The transitions are
 * guarded: a sale completes only with both steps taken, and fails only with nothing left taken.
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

    /** A call of the saga to another service. */
    public enum Call {
        /** Deduct the units from inventory (and learn the good's name and price). */
        TAKE_STOCK,
        /** Debit the buyer's wallet with the total. */
        TAKE_MONEY,
        /** Refund the debit. */
        RETURN_MONEY,
        /** Give the units back to inventory. */
        RETURN_STOCK
    }

    /** Whether the saga goes forward or is being undone. */
    public enum Intent {
        /** Take stock, then money. */
        COMPLETE,
        /** Settle what was attempted and give back what was taken. */
        ABORT
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

    @Column(name = "good_name")
    private String goodName;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "total_price")
    private BigDecimal totalPrice;

    // The states are text columns whose CHECK constraints list the names EnumColumn gives them. (EclipseLink
    // 4.0.7 ignored @Convert on enum-typed fields and read the text as the enum itself, so the fields stay text.)
    private static final EnumColumn<Status> STATUS = new EnumColumn<>(Status.class);
    private static final EnumColumn<Intent> INTENT = new EnumColumn<>(Intent.class);
    private static final EnumColumn<Step> STEP = new EnumColumn<>(Step.class);

    @Column(nullable = false)
    private String status = STATUS.name(Status.PENDING);

    @Column(nullable = false)
    private String intent = INTENT.name(Intent.COMPLETE);

    @Column(name = "stock_step", nullable = false)
    private String stockStep = STEP.name(Step.NONE);

    @Column(name = "money_step", nullable = false)
    private String moneyStep = STEP.name(Step.NONE);

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "remaining_balance")
    private BigDecimal remainingBalance;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "step_key", nullable = false, updatable = false)
    private String stepKey;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    private String requestFingerprint;

    // Set by the database (the column's default, and claims): see SaleRepository.
    @Column(name = "lease_until", insertable = false)
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

    /**
     * A new, pending sale whose stock step is about to be sent: the row says so before the call, so a crash at any
     * point leaves a sale that recovery can settle. Name and price come with the stock step's answer: the price
     * paid is the one inventory had when it gave the units.
     */
    Sale(
            String username,
            long goodId,
            int quantity,
            String requestedBy,
            String idempotencyKey,
            String requestFingerprint) {
        this.username = username;
        this.goodId = goodId;
        this.quantity = quantity;
        this.requestedBy = requestedBy;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.stepKey = "sale-" + UUID.randomUUID();
        this.stockStep = STEP.name(Step.ATTEMPTED);
        this.saleDate = now();
        this.updatedAt = saleDate;
    }

    /**
     * The call the saga makes next, decided from this row alone: forward (take stock, then money) while the sale
     * should complete, backward (settle what was attempted, give back what was taken) once it is being undone.
     *
     * @return the call, or empty when the sale is settled (completed or failed)
     */
    public Optional<Call> nextCall() {
        if (status() != Status.PENDING) {
            return Optional.empty();
        }
        Step stock = stockStep();
        Step money = moneyStep();
        if (!isAborting()) {
            if (stock == Step.NONE || stock == Step.ATTEMPTED) {
                return Optional.of(Call.TAKE_STOCK);
            }
            return money == Step.NONE || money == Step.ATTEMPTED ? Optional.of(Call.TAKE_MONEY) : Optional.empty();
        }
        // Whether an attempted step happened is unknown: sending it again with its key settles it, then it is
        // given back if it was taken. Money first: it is what the buyer misses most.
        if (money == Step.ATTEMPTED) {
            return Optional.of(Call.TAKE_MONEY);
        }
        if (money == Step.TAKEN) {
            return Optional.of(Call.RETURN_MONEY);
        }
        if (stock == Step.ATTEMPTED) {
            return Optional.of(Call.TAKE_STOCK);
        }
        return stock == Step.TAKEN ? Optional.of(Call.RETURN_STOCK) : Optional.empty();
    }

    /**
     * Whether {@code call} is recorded as attempted, as it must be before it is sent. A new sale's stock step is,
     * and settling a step marks the next forward one; only a row written otherwise needs a commit of its own.
     */
    boolean isAttempted(Call call) {
        return switch (call) {
            case TAKE_STOCK -> stockStep() == Step.ATTEMPTED;
            case TAKE_MONEY -> moneyStep() == Step.ATTEMPTED;
            case RETURN_MONEY, RETURN_STOCK -> true;
        };
    }

    /** Records that {@code call} is about to be sent. */
    void attempt(Call call) {
        if (call == Call.TAKE_STOCK) {
            stock(Step.ATTEMPTED);
        } else if (call == Call.TAKE_MONEY) {
            money(Step.ATTEMPTED, null);
        }
    }

    /**
     * Whether an answer settles the call, so that {@link #settle} may record it. An unknown outcome never does;
     * giving back is settled only by having given back.
     */
    static boolean isSettledBy(Call call, Outcome outcome) {
        if (outcome == Outcome.UNKNOWN) {
            return false;
        }
        return call == Call.TAKE_STOCK || call == Call.TAKE_MONEY || outcome == Outcome.DONE;
    }

    /**
     * Records what the call settled, and moves the sale on as far as it goes without another call: the next
     * forward step marked attempted (in the same commit as this answer, so a purchase commits once per call),
     * or the sale completed or failed.
     *
     * @throws IllegalArgumentException when the outcome does not settle the call ({@link #isSettledBy})
     */
    void settle(Call call, StepResult result) {
        if (!isSettledBy(call, result.outcome())) {
            throw new IllegalArgumentException(result.outcome() + " does not settle " + call);
        }
        Outcome outcome = result.outcome();
        switch (call) {
            case TAKE_STOCK -> {
                if (outcome == Outcome.DONE) {
                    stock(Step.TAKEN);
                    priceFrom(result);
                } else {
                    stock(Step.NONE);
                    abort(outcome == Outcome.REFUSED ? FailureReason.INSUFFICIENT_STOCK : FailureReason.UNKNOWN_GOOD);
                }
            }
            case TAKE_MONEY -> {
                if (outcome == Outcome.DONE) {
                    money(Step.TAKEN, result.balance());
                } else {
                    money(Step.NONE, null);
                    abort(
                            outcome == Outcome.REFUSED
                                    ? FailureReason.INSUFFICIENT_FUNDS
                                    : FailureReason.UNKNOWN_CUSTOMER);
                }
            }
            case RETURN_MONEY -> money(Step.RETURNED, result.balance());
            case RETURN_STOCK -> stock(Step.RETURNED);
        }
        conclude();
    }

    // The stock step's answer names the good and its price now; a sale that cannot be paid for is undone.
    private void priceFrom(StepResult result) {
        if (isAborting() || unitPrice != null) {
            return;
        }
        if (result.unitPrice() == null || result.goodName() == null) {
            // Taken, but the answer says not at what price (a step re-sent after its key was forgotten): the
            // sale cannot be charged, so its units go back.
            abort(FailureReason.UNAVAILABLE);
            return;
        }
        BigDecimal price = result.unitPrice().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
        if (total.compareTo(Money.MAX) > 0) {
            abort(FailureReason.TOTAL_OVER_CAP);
            return;
        }
        goodName = result.goodName();
        unitPrice = price;
        totalPrice = total;
        money(Step.ATTEMPTED, null);
    }

    /** From now on the sale is undone, for the given reason, whatever else happens. */
    void abort(FailureReason reason) {
        if (!isAborting()) {
            intent = INTENT.name(Intent.ABORT);
            failureReason = FailureReason.COLUMN.name(reason);
        }
        touch();
        conclude();
    }

    // Completes a sale holding both steps, fails an aborted one holding nothing.
    private void conclude() {
        if (status() != Status.PENDING) {
            return;
        }
        if (!isAborting() && stockStep() == Step.TAKEN && moneyStep() == Step.TAKEN) {
            complete();
        } else if (isAborting() && nextCall().isEmpty()) {
            fail();
        }
    }

    void complete() {
        if (stockStep() != Step.TAKEN || moneyStep() != Step.TAKEN || isAborting()) {
            throw new IllegalStateException("sale " + id + " cannot complete in its state");
        }
        status = STATUS.name(Status.COMPLETED);
        leaseUntil = null;
        touch();
    }

    void fail() {
        if (stockStep() == Step.TAKEN
                || stockStep() == Step.ATTEMPTED
                || moneyStep() == Step.TAKEN
                || moneyStep() == Step.ATTEMPTED) {
            throw new IllegalStateException("sale " + id + " still holds stock or money");
        }
        status = STATUS.name(Status.FAILED);
        leaseUntil = null;
        touch();
    }

    void releaseLease() {
        leaseUntil = null;
    }

    private void stock(Step step) {
        stockStep = STEP.name(step);
        touch();
    }

    private void money(Step step, BigDecimal balanceAfter) {
        moneyStep = STEP.name(step);
        if (balanceAfter != null) {
            remainingBalance = balanceAfter;
        }
        touch();
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
     * What the Idempotency-Key of each of the sale's calls starts with ({@code sale-<uuid>}, then {@code -stock},
     * {@code -debit}, {@code -refund}, {@code -restock}): unique for all time, unlike the id, which starts again
     * when the sales schema is recreated while inventory and customers keep the keys they were sent. Sales made
     * before version 3 of the schema have {@code sale-<id>}.
     */
    public String stepKey() {
        return stepKey;
    }

    /** The row's version: raised by every commit of the sale and by every claim of it (SaleRepository). */
    long version() {
        return version;
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
     * @return the name, kept even if the good is renamed or deleted later; {@code null} until inventory gave
     *         the units
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
     * @return the price, with exactly 2 decimals; {@code null} until inventory gave the units
     */
    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /**
     * What the buyer pays.
     *
     * @return unit price times quantity, with 2 decimals, at most 1,000,000.00; {@code null} until inventory
     *         gave the units
     */
    public BigDecimal totalPrice() {
        return totalPrice;
    }

    public Status status() {
        return STATUS.of(status);
    }

    /**
     * Whether the sale is to be undone rather than completed; once set, it stays set.
     *
     * @return {@code true} after {@link #failureReason()} was decided
     */
    public boolean isAborting() {
        return INTENT.of(intent) == Intent.ABORT;
    }

    public Step stockStep() {
        return STEP.of(stockStep);
    }

    public Step moneyStep() {
        return STEP.of(moneyStep);
    }

    /**
     * Why the sale is being undone or failed.
     *
     * @return the reason; {@code null} while the sale should complete
     */
    public FailureReason failureReason() {
        return FailureReason.COLUMN.of(failureReason);
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
     * The Idempotency-Key the purchase came with.
     *
     * @return the key as the client sent it, or {@code null}
     */
    public String idempotencyKey() {
        return idempotencyKey;
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

    /** The sale as the API shows it, without the balance (which only the purchase's own answer carries). */
    public SaleView view() {
        return view(null);
    }

    /** The sale as the answer to its purchase shows it: with the buyer's balance after the sale. */
    public SaleView viewWithBalance() {
        return view(remainingBalance);
    }

    /** The sale with how far its saga went, as employees list it. */
    public SaleStateView stateView() {
        return new SaleStateView(
                id,
                username,
                goodId,
                goodName,
                quantity,
                unitPrice,
                totalPrice,
                status,
                intent,
                stockStep,
                moneyStep,
                failureReason,
                saleDate(),
                updatedAt.toInstant());
    }

    /** The column text of a status, as the API spells it too. */
    static String columnOf(Status status) {
        return STATUS.name(status);
    }

    // The status column holds the status as the API spells it (EnumColumn's lower-case name).
    private SaleView view(BigDecimal balance) {
        return new SaleView(
                id, username, goodId, goodName, quantity, unitPrice, totalPrice, status, saleDate(), balance);
    }
}

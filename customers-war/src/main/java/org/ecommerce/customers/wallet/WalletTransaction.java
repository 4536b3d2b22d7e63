package org.ecommerce.customers.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.ecommerce.api.customers.WalletTransactionView;
import org.ecommerce.common.db.Insert;

/** One row of a wallet's ledger: immutable once written. */
@Entity
@Table(name = "wallet_transaction")
public class WalletTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private BigDecimal balanceAfter;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "refund_of", updatable = false)
    private Long refundOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** For JPA only. */
    protected WalletTransaction() {
        // for JPA
    }

    /**
     * @param amount   the unsigned amount; a deduction is stored negative
     * @param refundOf the debit a refund gives back; {@code null} for a charge or deduction
     */
    WalletTransaction(
            long customerId,
            TransactionKind kind,
            BigDecimal amount,
            BigDecimal balanceAfter,
            String reference,
            String requestedBy,
            Long refundOf) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if ((kind == TransactionKind.REFUND) != (refundOf != null)) {
            throw new IllegalArgumentException("a refund, and only a refund, names the debit it gives back");
        }
        this.refundOf = refundOf;
        this.customerId = customerId;
        this.kind = kind.value();
        this.amount = kind == TransactionKind.DEDUCT ? amount.negate() : amount;
        this.balanceAfter = balanceAfter;
        this.reference = reference;
        this.requestedBy = requestedBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The row's id, which orders the ledger.
     *
     * @return the id, {@code null} until the row is written
     */
    public Long id() {
        return id;
    }

    /**
     * What the row records.
     *
     * @return {@code charge}, {@code deduct} or {@code refund}
     */
    public String kind() {
        return kind;
    }

    /**
     * The change of the balance.
     *
     * @return the signed amount: negative for a deduction, positive otherwise
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The balance right after this row was applied.
     *
     * @return the balance, at least 0.00
     */
    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    /**
     * What the row belongs to, unique across all wallets; derived from the {@code Idempotency-Key} when the
     * request had one, random otherwise.
     *
     * @return the reference, for example {@code deduct:customer-7:service:sale-<uuid>-debit}
     */
    public String reference() {
        return reference;
    }

    /**
     * When the row was written.
     *
     * @return the time, to the microsecond
     */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** The row as a native insert: see {@link Insert} for why the entity is not persisted. */
    Insert insert() {
        Insert insert = Insert.into("wallet_transaction")
                .value("customer_id", customerId)
                .value("kind", kind)
                .value("amount", amount)
                .value("balance_after", balanceAfter)
                .value("reference", reference)
                .value("requested_by", requestedBy)
                .value("created_at", createdAt);
        return refundOf == null ? insert : insert.value("refund_of", refundOf);
    }

    /** The ledger row as the API shows it. */
    public WalletTransactionView view() {
        return new WalletTransactionView(id, amount, kind, balanceAfter, reference, refundOf, createdAt());
    }
}

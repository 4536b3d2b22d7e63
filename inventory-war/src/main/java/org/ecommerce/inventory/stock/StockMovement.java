package org.ecommerce.inventory.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.ecommerce.common.db.Insert;

/** One row of the stock ledger: immutable once written. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "good_id", nullable = false, updatable = false)
    private long goodId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "count_after", nullable = false, updatable = false)
    private int countAfter;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** For JPA only. */
    protected StockMovement() {
        // for JPA
    }

    /**
     * A ledger row, created now.
     *
     * @param goodId      the good whose stock moved
     * @param kind        why it moved
     * @param quantity    signed: negative for a deduction; never 0 ({@link IllegalArgumentException})
     * @param countAfter  the stock right after the move
     * @param reference   what the move belongs to, unique across the ledger
     * @param requestedBy who asked for it: the caller's token subject
     */
    public StockMovement(
            long goodId, MovementKind kind, int quantity, int countAfter, String reference, String requestedBy) {
        if (quantity == 0) {
            throw new IllegalArgumentException("a movement moves something");
        }
        this.goodId = goodId;
        this.kind = kind.value();
        this.quantity = quantity;
        this.countAfter = countAfter;
        this.reference = reference;
        this.requestedBy = requestedBy;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The row as a native insert: see {@link Insert} for why the entity is not persisted. */
    Insert insert() {
        return Insert.into("stock_movement")
                .value("good_id", goodId)
                .value("kind", kind)
                .value("quantity", quantity)
                .value("count_after", countAfter)
                .value("reference", reference)
                .value("requested_by", requestedBy)
                .value("created_at", createdAt);
    }
}

package org.ecommerce.inventory.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.db.LedgerMove;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.inventory.good.Good;
import org.ecommerce.inventory.good.GoodService;

/** Deductions and restocks: the stock moves of sales and of their compensations. */
@ApplicationScoped
public class StockService {

    private static final Logger LOG = Logger.getLogger(StockService.class.getName());

    @Inject
    StockLedger ledger;

    @Inject
    GoodService goods;

    /**
     * Takes ({@link MovementKind#DEDUCT}) or returns ({@link MovementKind#RESTOCK}) units of a good, with its
     * ledger row, in one transaction.
     *
     * @param caller         who asks, recorded in the ledger and part of the reference; the role check (employee
     *                       or service) is the resource's
     * @param goodId         the good's id
     * @param kind           {@code DEDUCT} or {@code RESTOCK}; any other kind is an {@link IllegalArgumentException}
     * @param count          units to take or return, 1 or more
     * @param idempotencyKey the request's key, or {@code null}: with a key, the ledger reference is derived from
     *                       it, so the unique reference is a second guard against applying one request twice
     * @return the good after the move
     * @throws Refusal not found when there is no good with this id, or (for a deduction) it was deleted; conflict {@code insufficient-stock} when a
     *                 deduction exceeds the stock, {@code stock-limit} when the stock would overflow, and
     *                 {@code already-applied} when the ledger already has the reference
     */
    @Transactional
    public Good move(Caller caller, long goodId, MovementKind kind, int count, String idempotencyKey) {
        if (kind != MovementKind.DEDUCT && kind != MovementKind.RESTOCK) {
            throw new IllegalArgumentException(kind.name());
        }
        int quantity = kind == MovementKind.DEDUCT ? -count : count;
        // A deleted good cannot be bought, but what a sale took of it must still come back: a sale undone after
        // the good was deleted would otherwise wait for its restock forever, and its units never return to the
        // ledger. (Refunds reach a deleted customer's wallet for the same reason.)
        boolean evenIfDeleted = kind == MovementKind.RESTOCK;
        LedgerMove.Moved<Good> move = LedgerMove.apply(
                () -> ledger.add(goodId, quantity, evenIfDeleted),
                () -> refusal(goodId),
                () -> Refusal.conflict(ProblemType.STOCK_LIMIT, "The stock of this good cannot grow that large."),
                good -> {
                    String reference = LedgerMove.reference(kind.value(), "good-" + goodId, caller, idempotencyKey);
                    ledger.record(new StockMovement(
                            goodId, kind, quantity, good.stockCount(), reference, caller.scopeName()));
                    return reference;
                });
        Good moved = move.balance();
        LOG.info(() -> kind.value() + " " + count + " of good " + goodId + " by " + caller.scopeName() + ", stock "
                + moved.stockCount() + ", reference " + move.reference() + " [request " + RequestId.current()
                + "]");
        return moved;
    }

    private Refusal refusal(long goodId) {
        // Not found (404 from find), or found but short: only a deduction can be short.
        goods.find(goodId);
        return Refusal.conflict(ProblemType.INSUFFICIENT_STOCK, "Insufficient stock");
    }
}

package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.sales.remote.SagaCalls;
import org.ecommerce.sales.remote.StepResult;
import org.ecommerce.sales.sale.Sale.Step;

/**
 * The sale saga. It drives a sale from the state recorded in its row, one step at a time, recording that a step
 * is attempted before calling and what came of it after: forward (take stock, take money, complete) while the
 * sale should complete, backward (settle what was attempted, give back what was taken, fail) once it must be
 * undone. A step whose outcome is unknown stops the drive and leaves the sale pending, to be driven again later
 * by the same code with the same idempotency keys, so no step is ever applied twice or guessed.
 */
@ApplicationScoped
public class SaleProcessor {

    private static final Logger LOG = Logger.getLogger(SaleProcessor.class.getName());

    @Inject
    SaleRepository sales;

    @Inject
    SagaCalls calls;

    /**
     * Drives the sale as far as it goes; the result is completed, failed, or pending with a step unknown. Each
     * state change is committed before the next remote call.
     *
     * @param id the sale's id
     * @return the sale as committed at the end of the drive
     */
    public Sale advance(long id) {
        Sale sale = sales.reload(id);
        while (sale.status() == Sale.Status.PENDING) {
            Sale next = sale.isAborting() ? backward(sale) : forward(sale);
            if (next == null) {
                LOG.info(() -> "Sale " + id + " waits: a step's outcome is unknown [request " + RequestId.current()
                        + "]");
                return sales.reload(id);
            }
            sale = next;
        }
        Sale done = sale;
        LOG.info(() -> "Sale " + id + " " + done.status().name().toLowerCase(java.util.Locale.ROOT)
                + (done.failureReason() == null ? "" : " (" + done.failureReason() + ")") + " [request "
                + RequestId.current() + "]");
        return sale;
    }

    /** One step forward, or {@code null} when its outcome is unknown. */
    private Sale forward(Sale sale) {
        long id = sale.id();
        if (sale.stockStep() == Step.NONE || sale.stockStep() == Step.ATTEMPTED) {
            sales.update(id, s -> s.stock(Step.ATTEMPTED));
            StepResult result = calls.takeStock(id, sale.goodId(), sale.quantity());
            return switch (result.outcome()) {
                case DONE -> sales.update(id, s -> s.stock(Step.TAKEN));
                case REFUSED -> sales.update(id, s -> {
                    s.stock(Step.NONE);
                    s.abort(FailureReason.INSUFFICIENT_STOCK);
                });
                case NOT_FOUND -> sales.update(id, s -> {
                    s.stock(Step.NONE);
                    s.abort(FailureReason.UNKNOWN_GOOD);
                });
                case UNKNOWN -> null;
            };
        }
        if (sale.moneyStep() == Step.NONE || sale.moneyStep() == Step.ATTEMPTED) {
            sales.update(id, s -> s.money(Step.ATTEMPTED, null));
            StepResult result = calls.takeMoney(id, sale.username(), sale.totalPrice());
            return switch (result.outcome()) {
                case DONE -> sales.update(id, s -> s.money(Step.TAKEN, result.balance()));
                case REFUSED -> sales.update(id, s -> {
                    s.money(Step.NONE, null);
                    s.abort(FailureReason.INSUFFICIENT_FUNDS);
                });
                case NOT_FOUND -> sales.update(id, s -> {
                    s.money(Step.NONE, null);
                    s.abort(FailureReason.UNKNOWN_CUSTOMER);
                });
                case UNKNOWN -> null;
            };
        }
        return sales.update(id, Sale::complete);
    }

    /** One step backward, or {@code null} when its outcome is unknown. */
    private Sale backward(Sale sale) {
        long id = sale.id();
        if (sale.moneyStep() == Step.ATTEMPTED) {
            // Whether the debit happened is unknown: sending it again with its key settles it.
            StepResult result = calls.takeMoney(id, sale.username(), sale.totalPrice());
            return switch (result.outcome()) {
                case DONE -> sales.update(id, s -> s.money(Step.TAKEN, result.balance()));
                case REFUSED, NOT_FOUND -> sales.update(id, s -> s.money(Step.NONE, null));
                case UNKNOWN -> null;
            };
        }
        if (sale.moneyStep() == Step.TAKEN) {
            StepResult result = calls.returnMoney(id, sale.username(), sale.totalPrice());
            return result.outcome() == StepResult.Outcome.DONE
                    ? sales.update(id, s -> s.money(Step.RETURNED, result.balance())) : null;
        }
        if (sale.stockStep() == Step.ATTEMPTED) {
            StepResult result = calls.takeStock(id, sale.goodId(), sale.quantity());
            return switch (result.outcome()) {
                case DONE -> sales.update(id, s -> s.stock(Step.TAKEN));
                case REFUSED, NOT_FOUND -> sales.update(id, s -> s.stock(Step.NONE));
                case UNKNOWN -> null;
            };
        }
        if (sale.stockStep() == Step.TAKEN) {
            StepResult result = calls.returnStock(id, sale.goodId(), sale.quantity());
            return result.outcome() == StepResult.Outcome.DONE ? sales.update(id, s -> s.stock(Step.RETURNED)) : null;
        }
        return sales.update(id, Sale::fail);
    }
}

package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.sales.remote.SagaCalls;
import org.ecommerce.sales.remote.StepResult;
import org.ecommerce.sales.sale.Sale.Call;

/**
 * The sale saga's driver. The sale decides what comes next ({@link Sale#nextCall()}) and what an answer means
 * ({@link Sale#settle}); this class makes the call and commits the answer, one commit per call, before the next
 * call: a step is recorded as attempted before it is sent (in the commit that settled the step before it), so a
 * sale interrupted anywhere is driven on later by the same code with the same idempotency keys, and no step is
 * ever applied twice or guessed. A call whose outcome is unknown stops the drive and leaves the sale pending; so
 * does finding that another driver took the sale over ({@link LeaseLost}).
 */
@ApplicationScoped
public class SaleProcessor {

    private static final Logger LOG = Logger.getLogger(SaleProcessor.class.getName());

    @Inject
    SaleRepository sales;

    @Inject
    SagaCalls calls;

    @Inject
    SaleMetrics metrics;

    /**
     * Drives the sale as committed now; see {@link #advance(Sale)}.
     *
     * @param id the sale's id
     * @return the sale as committed at the end of the drive
     */
    public Sale advance(long id) {
        return advance(sales.reload(id));
    }

    /**
     * Drives the sale as far as it goes; the result is completed, failed, or pending with a call's outcome
     * unknown.
     *
     * @param sale the sale as just committed
     * @return the sale as committed at the end of the drive
     */
    public Sale advance(Sale sale) {
        long id = sale.id();
        Optional<Call> next = sale.nextCall();
        try {
            while (next.isPresent()) {
                Call call = next.get();
                if (!sale.isAttempted(call)) {
                    sale = sales.update(sale, s -> s.attempt(call));
                }
                StepResult result = send(call, sale);
                if (!Sale.isSettledBy(call, result.outcome())) {
                    LOG.info(() -> "Sale " + id + " waits: " + call + " is " + result.outcome() + " [request "
                            + RequestId.current() + "]");
                    return sale;
                }
                sale = sales.update(sale, s -> s.settle(call, result));
                if (call == Call.RETURN_MONEY || call == Call.RETURN_STOCK) {
                    metrics.compensated();
                }
                next = sale.nextCall();
            }
        } catch (LeaseLost e) {
            LOG.info(() -> e.getMessage() + "; this driver stops [request " + RequestId.current() + "]");
            return sale;
        }
        Sale done = sale;
        LOG.info(() -> "Sale " + id + " " + done.status().name().toLowerCase(Locale.ROOT)
                + (done.failureReason() == null
                        ? ""
                        : " (" + done.failureReason().value() + ")") + " [request "
                + RequestId.current() + "]");
        return sale;
    }

    private StepResult send(Call call, Sale sale) {
        String key = sale.stepKey();
        return switch (call) {
            case TAKE_STOCK -> calls.takeStock(key, sale.goodId(), sale.quantity());
            case TAKE_MONEY -> calls.takeMoney(key, sale.username(), sale.totalPrice());
            case RETURN_MONEY -> calls.returnMoney(key, sale.username(), sale.totalPrice());
            case RETURN_STOCK -> calls.returnStock(key, sale.goodId(), sale.quantity());
        };
    }
}

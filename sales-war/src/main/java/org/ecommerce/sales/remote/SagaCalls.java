package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecommerce.api.customers.AmountRequest;
import org.ecommerce.api.customers.RefundRequest;
import org.ecommerce.api.customers.WalletApi;
import org.ecommerce.api.customers.WalletView;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.StockApi;
import org.ecommerce.api.inventory.StockRequest;
import org.ecommerce.sales.remote.StepResult.Outcome;

/**
 * The calls of the sale saga to inventory and customers. Every call carries an Idempotency-Key derived from the
 * sale, so repeating it is safe: that is what allows the retries here, and the re-sending that settles a step
 * whose first answer was lost. Each call has a timeout, bounded retries and a circuit breaker of its dependency
 * and direction; what none of them settles is {@link Outcome#UNKNOWN}, never a guess.
 */
@ApplicationScoped
public class SagaCalls {

    private static final Logger LOG = Logger.getLogger(SagaCalls.class.getName());

    @Inject
    StockApi stock;

    @Inject
    WalletApi wallet;

    @Inject
    ResilientCall resilient;

    /**
     * Deducts the sale's units from inventory, with key {@code <step key>-stock}.
     *
     * @param saleKey  the sale's step key
     * @param goodId   the good sold
     * @param quantity units sold
     * @return {@code DONE}, {@code REFUSED} (insufficient stock), {@code NOT_FOUND} (no such good) or
     *         {@code UNKNOWN}
     */
    public StepResult takeStock(String saleKey, long goodId, int quantity) {
        return settle(() -> resilient.takeStock(
                () -> taken(stock.deductStock(goodId, saleKey + "-stock", new StockRequest(quantity)))));
    }

    /**
     * Gives the sale's units back to inventory, with key {@code <step key>-restock}.
     *
     * @param saleKey  the sale's step key
     * @param goodId   the good sold
     * @param quantity units sold
     * @return {@code DONE} once restocked; anything else means the units are not back yet
     */
    public StepResult returnStock(String saleKey, long goodId, int quantity) {
        return settle(() -> resilient.returnStock(
                () -> taken(stock.restock(goodId, saleKey + "-restock", new StockRequest(quantity)))));
    }

    /**
     * Debits the buyer's wallet, with key {@code <step key>-debit}.
     *
     * @param saleKey  the sale's step key
     * @param username the buyer
     * @param amount   the sale's total price
     * @return {@code DONE} with the balance after the debit, {@code REFUSED} (insufficient funds),
     *         {@code NOT_FOUND} (no such customer) or {@code UNKNOWN}
     */
    public StepResult takeMoney(String saleKey, String username, BigDecimal amount) {
        return settle(() -> resilient.takeMoney(
                () -> moved(wallet.deductWallet(username, saleKey + "-debit", new AmountRequest(amount)))));
    }

    /**
     * Gives the sale's debit back to the buyer's wallet, with key {@code <step key>-refund}, naming the debit by
     * its key: customers refunds nothing that it did not take.
     *
     * @param saleKey  the sale's step key
     * @param username the buyer
     * @param amount   the sale's total price
     * @return {@code DONE} with the balance after the refund once refunded; anything else means the money is
     *         not back yet
     */
    public StepResult returnMoney(String saleKey, String username, BigDecimal amount) {
        return settle(() -> resilient.returnMoney(() -> moved(wallet.refundWallet(
                username, saleKey + "-refund", RefundRequest.ofDebitKey(amount, saleKey + "-debit")))));
    }

    private static StepResult settle(Supplier<StepResult> call) {
        try {
            return call.get();
        } catch (Exception e) {
            // Exception, not RuntimeException: Fault Tolerance may rethrow a checked exception of an attempt
            // (an interrupted retry pause at shutdown) without declaring it.
            LOG.log(Level.WARNING, "A saga call did not settle: " + e);
            return StepResult.of(Outcome.UNKNOWN);
        }
    }

    private static StepResult taken(GoodView good) {
        return new StepResult(Outcome.DONE, null, good.name(), good.price());
    }

    private static StepResult moved(WalletView wallet) {
        return new StepResult(Outcome.DONE, wallet.walletBalance(), null, null);
    }
}

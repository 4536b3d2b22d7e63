package org.ecommerce.reviews.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.problem.NotFound;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.web.RequestId;

/**
 * Looks goods up in the inventory service. It owns the fault tolerance of those calls — each attempt bounded by
 * the client's own connect and read timeouts (no Fault Tolerance {@code @Timeout}, which would move every call
 * to another thread and capture its context), two retries
 * (the call only reads), a circuit breaker so that a dead inventory costs callers no time — and the meaning of
 * the answers: a good, no such good, or a 503 for the caller when inventory cannot say.
 */
@ApplicationScoped
public class InventoryClient {

    private static final Logger LOG = Logger.getLogger(InventoryClient.class.getName());

    @Inject
    GoodsApi goods;

    /**
     * The good with this id, empty when inventory says there is none; 503 when inventory cannot be asked.
     *
     * @param id the good's id
     * @return the good's id and current name, or empty when inventory answers 404
     * @throws Refusal unavailable when inventory gives no other settling answer within the retries, or the circuit
     *                 is open
     */
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(Unavailable.class)
    public Optional<Product> product(long id) {
        try {
            GoodView good = goods.getGood(id);
            return Optional.of(new Product(good.id(), good.name()));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /**
     * Whether inventory answers at all, for the readiness check; no retries, a short timeout.
     *
     * @return {@code true} when inventory listed goods with 200; a failure to connect or a timeout is thrown
     */
    public boolean answers() {
        try (Response response = goods.listGoods(null, null, 0, null)) {
            return response.getStatus() == 200;
        }
    }

    /**
     * The answer when inventory could not be asked, after the retries or at once while the circuit is open: a
     * 503 for the caller, and for the log the last failure (a status, a timeout, a refused connection, the open
     * circuit), which the caller never sees.
     */
    @Dependent
    public static class Unavailable implements FallbackHandler<Optional<Product>> {

        @Override
        public Optional<Product> handle(ExecutionContext context) {
            Throwable failure = context.getFailure();
            LOG.warning(() -> "Inventory could not be asked about good " + context.getParameters()[0] + ": "
                    + (failure == null ? "no answer" : failure.getClass().getSimpleName() + " " + failure.getMessage())
                    + " [request " + RequestId.current() + "]");
            throw Refusal.unavailable("The inventory service is unavailable; try again later.");
        }
    }
}

package org.ecommerce.sales.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.ecommerce.api.Headers;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.problem.NotFound;
import org.ecommerce.api.sales.CatalogueItem;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.web.RequestId;

/**
 * The goods of the inventory service, read for the catalogue. It owns the fault tolerance of those reads — the
 * client's connect and read timeouts per attempt (no Fault Tolerance {@code @Timeout}: see {@code ResilientCall}),
 * two retries (they only read), a circuit breaker — and turns inventory that cannot be asked into a 503.
 */
@ApplicationScoped
public class InventoryCatalogue {

    private static final Logger LOG = Logger.getLogger(InventoryCatalogue.class.getName());
    private static final GenericType<List<GoodView>> GOODS = new GenericType<>() {};

    @Inject
    GoodsApi goods;

    /**
     * The goods in stock, by id, with inventory's total.
     *
     * @throws Refusal unavailable when inventory does not answer within the timeout and retries, or the circuit
     *                 is open
     */
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "pageUnavailable")
    public Page<CatalogueItem> inStock(PageRequest page) {
        try (Response response = goods.listGoods(null, true, page.limit(), page.offset())) {
            List<CatalogueItem> items = response.readEntity(GOODS).stream()
                    .map(g -> new CatalogueItem(g.id(), g.name(), g.price()))
                    .toList();
            return new Page<>(items, Long.parseLong(response.getHeaderString(Headers.TOTAL_COUNT)));
        }
    }

    /**
     * The good as inventory shows it (sold-out goods included), empty when inventory has none.
     *
     * @throws Refusal unavailable when inventory does not settle the question within the timeout and retries, or
     *                 the circuit is open
     */
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "goodUnavailable")
    public Optional<GoodView> good(long id) {
        try {
            return Optional.of(goods.getGood(id));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** Whether inventory answers a list at all, for the readiness check (no retries, no circuit). */
    public boolean answers() {
        try (Response response = goods.listGoods(null, true, 0, 0)) {
            return response.getStatus() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    Page<CatalogueItem> pageUnavailable(PageRequest page) {
        throw unavailable("the catalogue");
    }

    Optional<GoodView> goodUnavailable(long id) {
        throw unavailable("good " + id);
    }

    private static Refusal unavailable(String what) {
        LOG.warning(() -> "Inventory could not be asked for " + what + " [request " + RequestId.current() + "]");
        return Refusal.unavailable("The inventory service is unavailable; try again later.");
    }
}

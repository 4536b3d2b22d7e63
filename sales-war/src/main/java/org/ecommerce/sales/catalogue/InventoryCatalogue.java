package org.ecommerce.sales.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ecommerce.common.json.Jsonp;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.ApiException;
import org.ecommerce.common.remote.RemoteResponse;
import org.ecommerce.common.web.RequestId;

/**
 * The goods of the inventory service, read for the catalogue. It owns the fault tolerance of those reads — a
 * the client's connect and read timeouts per attempt (no Fault Tolerance {@code @Timeout}: see
 * {@code ResilientCall}), two retries (they only read), a circuit breaker — and their meaning: a page of goods, a good, no
 * such good, or a 503 for the caller when inventory cannot be asked.
 */
@ApplicationScoped
public class InventoryCatalogue {

    private static final Logger LOG = Logger.getLogger(InventoryCatalogue.class.getName());

    @Inject
    @RestClient
    InventoryApi api;

    /**
     * The goods in stock, by id, with inventory's total.
     *
     * @param page the page to ask inventory for
     * @return the page of goods with a count above 0, and how many such goods inventory has
     * @throws ApiException 503 when inventory does not answer 200 within the timeout and retries, or the circuit
     *                      is open
     */
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "pageUnavailable")
    public Page<CatalogueItem> inStock(PageRequest page) {
        try (Response response = RemoteResponse.of(() -> api.goodsInStock(true, page.limit(), page.offset()))) {
            JsonArray goods = read(expectOk(response, "the catalogue")).asJsonArray();
            List<CatalogueItem> items = goods.getValuesAs(JsonObject.class).stream()
                    .map(g -> new CatalogueItem(
                            g.getJsonNumber("id").longValue(),
                            g.getString("name"),
                            g.getJsonNumber("price").bigDecimalValue()))
                    .toList();
            return new Page<>(items, Long.parseLong(response.getHeaderString(Page.TOTAL_COUNT)));
        }
    }

    /**
     * The good as inventory shows it (sold-out goods included), empty when inventory has none.
     *
     * @param id the good's id
     * @return inventory's JSON of the good ({@code id, name, category, price, description, count}), or empty
     *         when inventory answers 404
     * @throws ApiException 503 when inventory does not settle the question within the timeout and retries, or
     *                      the circuit is open
     */
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "goodUnavailable")
    public Optional<JsonObject> good(long id) {
        try (Response response = RemoteResponse.of(() -> api.good(id))) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            return Optional.of(read(expectOk(response, "good " + id)).asJsonObject());
        }
    }

    Page<CatalogueItem> pageUnavailable(PageRequest page) {
        throw unavailable("the catalogue");
    }

    Optional<JsonObject> goodUnavailable(long id) {
        throw unavailable("good " + id);
    }

    private static Response expectOk(Response response, String what) {
        if (response.getStatus() != 200) {
            throw new InventoryFailure("inventory answered " + response.getStatus() + " for " + what);
        }
        return response;
    }

    private static JsonStructure read(Response response) {
        return Jsonp.read(response.readEntity(String.class));
    }

    private static ApiException unavailable(String what) {
        LOG.warning(() -> "Inventory could not be asked for " + what + " [request " + RequestId.current() + "]");
        return ApiException.unavailable("The inventory service is unavailable; try again later.");
    }

    /** Inventory answered, but not with something that settles the question. */
    static final class InventoryFailure extends ProcessingException {
        private static final long serialVersionUID = 1L;

        InventoryFailure(String message) {
            super(message);
        }
    }
}

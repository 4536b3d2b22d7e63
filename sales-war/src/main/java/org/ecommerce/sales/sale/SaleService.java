package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.idempotency.Fingerprint;
import org.ecommerce.common.idempotency.Idempotency;
import org.ecommerce.common.idempotency.IdempotencyKey;
import org.ecommerce.common.idempotency.IdempotencyScope;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.ApiException;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.validation.Money;
import org.ecommerce.sales.catalogue.InventoryCatalogue;

/**
 * Purchases, single sales and purchase history, with who may do and see what. A purchase's Idempotency-Key is
 * kept on the sale itself: the sale is the outcome to replay, and it outlives any transaction of the saga.
 */
@ApplicationScoped
public class SaleService {

    /** How long the request that created a sale owns it before recovery may take it over. */
    static final int LEASE_SECONDS = 60;

    /** The path an Idempotency-Key of a purchase is scoped to. */
    private static final String PATH = "/v1/sales/purchases";

    @Inject
    SaleRepository sales;

    @Inject
    SaleProcessor processor;

    @Inject
    InventoryCatalogue catalogue;

    @Inject
    Idempotency idempotency;

    /**
     * Buys: the sale is recorded pending, then driven through the saga. When a step stays unknown, the sale is
     * turned to be undone and driven back as far as possible; what cannot be undone now, recovery finishes.
     *
     * @param caller    the buyer, or an employee buying on a customer's behalf
     * @param request   the validated purchase
     * @param keyHeader the {@code Idempotency-Key} header, or {@code null}; a key is kept on the sale, so a
     *                  repeat answers with that sale (or its failure) without buying again
     * @return the sale, completed or failed; a sale that could not be settled is answered with 503
     * @throws ApiException 400 for a missing or unwanted {@code username} or a total over 1,000,000.00; 404 for
     *                      an unknown good or customer; 409 {@code insufficient-stock}, {@code insufficient-funds}
     *                      or {@code idempotency-key-in-use}; 422 for a key reused with another request; 503 when
     *                      a service is down
     */
    public Sale purchase(Caller caller, PurchaseRequest request, String keyHeader) {
        String buyer = buyer(caller, request);
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(keyHeader);
        String canonical = request.fingerprint(buyer);
        String fingerprint = Fingerprint.of(canonical);
        Optional<IdempotencyScope> scope = key.map(k -> new IdempotencyScope(caller.scopeName(), "POST", PATH, k));
        if (scope.isPresent()) {
            Optional<Sale> earlier = sales.findByKey(caller.scopeName(), key.get().value());
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        // Refused before any sale exists, the sale cannot carry the key: the key's record keeps the refusal, so a
        // repeat gets it again even once the good exists or its price allows the total.
        Priced priced = scope.isPresent()
                ? idempotency.keepingRefusals(scope.get(), canonical, () -> price(request))
                : price(request);
        Sale sale;
        try {
            sale = sales.add(new Sale(buyer, request.goodId(), priced.good().getString("name"),
                    request.quantity(), priced.unitPrice(), caller.scopeName(),
                    key.map(IdempotencyKey::value).orElse(null), fingerprint,
                    OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(LEASE_SECONDS)));
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                // The same key, sent twice at once: the other request owns the sale.
                throw inProgress();
            }
            throw e;
        }
        long id = sale.id();
        sale = processor.advance(id);
        if (sale.status() == Sale.Status.PENDING) {
            sales.update(id, s -> s.abort(FailureReason.UNAVAILABLE));
            sale = processor.advance(id);
            if (sale.status() == Sale.Status.PENDING) {
                // Recovery takes it from here, without waiting for this request's lease to run out.
                sales.update(id, Sale::releaseLease);
                throw FailureReason.problem(null);
            }
        }
        return settled(sale);
    }

    /**
     * A sale, for its buyer or an employee.
     *
     * @param caller who asks
     * @param id     the sale's id
     * @return the sale, in any status
     * @throws ApiException 404 when there is no such sale; 403 when it is another customer's
     */
    public Sale get(Caller caller, long id) {
        Sale sale = sales.find(id).orElseThrow(() -> ApiException.notFound("No such sale."));
        if (!caller.isEmp() && !sale.username().equalsIgnoreCase(caller.username())) {
            throw ApiException.forbidden("You may only see your own sales.");
        }
        return sale;
    }

    /**
     * A customer's completed sales, newest first, for that customer or an employee.
     *
     * @param caller   who asks
     * @param username the buyer, in any letter case
     * @param page     the page asked for; a limit of 0 gives no sales but still the total
     * @return the sales of the page and how many completed sales the customer has
     * @throws ApiException 403 for another customer's history
     */
    public Page<Sale> history(Caller caller, String username, PageRequest page) {
        if (!caller.isEmp() && !username.equalsIgnoreCase(caller.username())) {
            throw ApiException.forbidden("You may only see your own purchase history.");
        }
        long total = sales.countHistory(username);
        List<Sale> items = page.limit() == 0 ? List.of() : sales.history(username, page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /** A good as inventory has it now, and its price. */
    private record Priced(JsonObject good, BigDecimal unitPrice) {
    }

    /** The good and its current price, refused with 404 when there is none or 400 when the total is over the cap. */
    private Priced price(PurchaseRequest request) {
        JsonObject good = catalogue.good(request.goodId()).orElseThrow(() -> ApiException.notFound("No such good."));
        BigDecimal unitPrice = good.getJsonNumber("price").bigDecimalValue();
        if (unitPrice.multiply(BigDecimal.valueOf(request.quantity())).compareTo(Money.MAX) > 0) {
            throw ApiException.invalid("quantity", "makes a total over 1000000.00");
        }
        return new Priced(good, unitPrice);
    }

    private static String buyer(Caller caller, PurchaseRequest request) {
        if (caller.isEmp()) {
            if (request.username() == null) {
                throw ApiException.invalid("username", "is required when an employee buys");
            }
            return request.username();
        }
        if (request.username() != null) {
            throw ApiException.invalid("username", "only employees buy on behalf of a customer");
        }
        return caller.username();
    }

    private static Sale replay(Sale earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw ApiException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request.");
        }
        if (earlier.status() == Sale.Status.PENDING) {
            throw inProgress();
        }
        return settled(earlier);
    }

    private static Sale settled(Sale sale) {
        if (sale.status() == Sale.Status.FAILED) {
            throw FailureReason.problem(sale.failureReason());
        }
        return sale;
    }

    private static ApiException inProgress() {
        return ApiException.conflict("idempotency-key-in-use",
                "A purchase with this Idempotency-Key is still being processed; retry later.");
    }
}

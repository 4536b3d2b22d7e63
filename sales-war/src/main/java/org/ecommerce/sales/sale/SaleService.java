package org.ecommerce.sales.sale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.api.sales.PurchaseRequest;
import org.ecommerce.common.db.SqlStates;
import org.ecommerce.common.idempotency.Fingerprint;
import org.ecommerce.common.idempotency.IdempotencyKey;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Usernames;

/**
 * Purchases, single sales and purchase history, with who may do and see what. A purchase's Idempotency-Key is
 * kept on the sale itself: the sale is the outcome to replay, and it outlives any transaction of the saga.
 */
@ApplicationScoped
public class SaleService {

    @Inject
    SaleRepository sales;

    @Inject
    SaleProcessor processor;

    /**
     * Buys: the sale is recorded pending, then driven through the saga. When a step stays unknown, the sale is
     * turned to be undone and driven back as far as possible; what cannot be undone now, recovery finishes.
     *
     * @param caller    the buyer, or an employee buying on a customer's behalf
     * @param request   the validated purchase
     * @param keyHeader the {@code Idempotency-Key} header, or {@code null}; a key is kept on the sale, so a
     *                  repeat answers with that sale (or its failure) without buying again
     * @return the sale, completed, and whether it is the replay of an earlier request with the key
     * @throws Refusal invalid for a missing or unwanted {@code username} or a total over 1,000,000.00; not found for
     *                 an unknown good or customer; conflict {@code insufficient-stock}, {@code insufficient-funds}
     *                 or {@code idempotency-key-in-use}; key reused for a key reused with another request; unavailable when
     *                 a service is down. A refusal after the sale was recorded is the failed sale's, so a
     *                 repeat with the key gets it again, marked as a replay.
     */
    public Purchase purchase(Caller caller, PurchaseRequest request, String keyHeader) {
        String buyer = buyer(caller, request);
        Optional<IdempotencyKey> key = IdempotencyKey.fromHeader(keyHeader);
        String fingerprint = Fingerprint.of(
                "good=" + request.goodId() + ";quantity=" + request.quantity() + ";buyer=" + Usernames.fold(buyer));
        Sale sale = new Sale(
                buyer,
                request.goodId(),
                request.quantity(),
                caller.scopeName(),
                key.map(IdempotencyKey::value).orElse(null),
                fingerprint);
        Sale recorded;
        try {
            recorded = sales.addUnlessKeyUsed(sale);
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                // The same key, sent twice at once: the other request owns the sale.
                throw inProgress();
            }
            throw e;
        }
        if (recorded != sale) {
            return replay(recorded, fingerprint);
        }
        sale = processor.advance(recorded);
        if (sale.status() == Sale.Status.PENDING) {
            try {
                sale = processor.advance(sales.update(sale, s -> s.abort(FailureReason.UNAVAILABLE)));
                if (sale.status() == Sale.Status.PENDING) {
                    // Recovery takes it from here, without waiting for this request's lease to run out.
                    sales.update(sale, Sale::releaseLease);
                }
            } catch (LeaseLost e) {
                // Recovery took it over already.
            }
            if (sale.status() == Sale.Status.PENDING) {
                throw FailureReason.stillPending();
            }
        }
        return new Purchase(settled(sale, false), false);
    }

    /**
     * A purchase's sale, as the request that made it or a repeat with its key answers it.
     *
     * @param sale     the completed sale
     * @param replayed whether this answer replays an earlier request's
     */
    public record Purchase(Sale sale, boolean replayed) {}

    /**
     * A sale, for its buyer or an employee.
     *
     * @param caller who asks
     * @param id     the sale's id
     * @return the sale, in any status
     * @throws Refusal not found when there is no such sale; forbidden when it is another customer's
     */
    public Sale get(Caller caller, long id) {
        Sale sale = sales.find(id).orElseThrow(() -> Refusal.notFound("No such sale."));
        if (!caller.isSelfOrEmp(sale.username())) {
            throw Refusal.forbidden("You may only see your own sales.");
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
     * @throws Refusal forbidden for another customer's history
     */
    public Page<Sale> history(Caller caller, String username, PageRequest page) {
        if (!caller.isSelfOrEmp(username)) {
            throw Refusal.forbidden("You may only see your own purchase history.");
        }
        return page(Sale.columnOf(Sale.Status.COMPLETED), username, page);
    }

    /**
     * Every sale, newest first, in one status or all, of one buyer or all: employees only.
     *
     * @param caller   who asks
     * @param status   {@code pending}, {@code completed} or {@code failed}; {@code null} for all
     * @param username the buyer in any letter case; {@code null} for all
     * @param page     the page asked for; a limit of 0 gives no sales but still the total
     * @return the sales of the page and how many there are
     * @throws Refusal forbidden for anyone but an employee; invalid for a status there is none of
     */
    public Page<Sale> list(Caller caller, String status, String username, PageRequest page) {
        if (!caller.isEmp()) {
            throw Refusal.forbidden("Only employees list every sale.");
        }
        if (status != null
                && Arrays.stream(Sale.Status.values()).map(Sale::columnOf).noneMatch(status::equals)) {
            throw Refusal.invalid("status", "must be pending, completed or failed");
        }
        return page(status, username, page);
    }

    // A limit of 0 asks only for the total.
    private Page<Sale> page(String status, String username, PageRequest page) {
        long total = sales.count(status, username);
        List<Sale> items = page.limit() == 0 ? List.of() : sales.list(status, username, page.offset(), page.limit());
        return new Page<>(items, total);
    }

    private static String buyer(Caller caller, PurchaseRequest request) {
        if (caller.isEmp()) {
            if (request.username() == null) {
                throw Refusal.invalid("username", "is required when an employee buys");
            }
            return request.username();
        }
        if (request.username() != null) {
            throw Refusal.invalid("username", "only employees buy on behalf of a customer");
        }
        return caller.username();
    }

    private static Purchase replay(Sale earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw Refusal.keyReused(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request.");
        }
        if (earlier.status() == Sale.Status.PENDING) {
            throw inProgress();
        }
        return new Purchase(settled(earlier, true), true);
    }

    private static Sale settled(Sale sale, boolean replayed) {
        if (sale.status() == Sale.Status.FAILED) {
            Refusal refusal = sale.failureReason() == null
                    ? FailureReason.stillPending()
                    : sale.failureReason().refusal();
            throw replayed ? refusal.replayed() : refusal;
        }
        return sale;
    }

    private static Refusal inProgress() {
        return Refusal.conflict(
                ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "A purchase with this Idempotency-Key is still being processed; retry later.");
    }
}

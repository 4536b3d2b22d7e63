package org.ecommerce.inventory.good;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ecommerce.api.inventory.Category;
import org.ecommerce.api.inventory.CreateGoodRequest;
import org.ecommerce.api.inventory.UpdateGoodRequest;
import org.ecommerce.common.paging.Page;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.web.RequestId;
import org.ecommerce.inventory.stock.MovementKind;
import org.ecommerce.inventory.stock.StockLedger;
import org.ecommerce.inventory.stock.StockMovement;

/** The catalogue of goods: adding, reading, changing and deleting them, with every change of stock recorded. */
@ApplicationScoped
public class GoodService {

    private static final Logger LOG = Logger.getLogger(GoodService.class.getName());

    @Inject
    GoodRepository goods;

    @Inject
    StockLedger ledger;

    /**
     * Adds a good; a stock above 0 is recorded as its first ledger row ({@code create:<id>}).
     *
     * @param caller  who adds it, recorded in the ledger; the role check (employees only) is the resource's
     * @param request the validated good
     * @return the new good, inserted, with its id
     */
    @Transactional
    public Good create(Caller caller, CreateGoodRequest request) {
        Good good = new Good(
                request.name(),
                Category.of(request.category()).orElseThrow(),
                request.price(),
                request.description(),
                request.count());
        goods.add(good);
        if (request.count() > 0) {
            ledger.record(new StockMovement(
                    good.id(),
                    MovementKind.CREATE,
                    request.count(),
                    request.count(),
                    "create:" + good.id(),
                    caller.scopeName()));
        }
        LOG.info(() -> "Added good " + good.id() + " (" + good.name() + ") with stock " + good.stockCount() + " by "
                + caller.scopeName() + " [request " + RequestId.current() + "]");
        return good;
    }

    /**
     * Reads one live good.
     *
     * @param id the good's id
     * @return the good
     * @throws Refusal not found when there is no live good with this id
     */
    @Transactional
    public Good get(long id) {
        return find(id);
    }

    /**
     * Live goods by id; {@code category} filters when not {@code null} (an unknown one is a 400), and
     * {@code inStock} keeps only goods with stock, as the sales catalogue shows them.
     *
     * @param category the raw category filter, or {@code null} for all
     * @param inStock  {@code true} for goods with stock only; {@code false} or {@code null} for all
     * @param page     the page asked for; a limit of 0 gives no items but still the total
     * @return the goods of the page and how many goods match
     * @throws Refusal invalid naming {@code category} for a category that is not one of {@link Category}
     */
    @Transactional
    public Page<Good> list(String category, Boolean inStock, PageRequest page) {
        boolean inStockOnly = Boolean.TRUE.equals(inStock);
        Category filter = null;
        if (category != null) {
            filter = Category.of(category)
                    .orElseThrow(
                            () -> Refusal.invalid("category", "must be food, clothes, accessories or electronics"));
        }
        long total = goods.count(filter, inStockOnly);
        List<Good> items = page.limit() == 0 ? List.of() : goods.list(filter, inStockOnly, page.offset(), page.limit());
        return new Page<>(items, total);
    }

    /**
     * Changes the members present in {@code request}; a new count is recorded as an adjustment. An empty
     * description clears it.
     *
     * @param caller  who changes it, recorded in the ledger; the role check (employees only) is the resource's
     * @param id      the good's id
     * @param request the validated members to change
     * @return the changed good
     * @throws Refusal not found when there is no live good with this id
     */
    @Transactional
    public Good update(Caller caller, long id, UpdateGoodRequest request) {
        // The row lock keeps concurrent deductions out between reading the old count and writing the new one.
        Good good = request.count() != null ? goods.findForUpdate(id).orElseThrow(GoodId::notFound) : find(id);
        if (request.name() != null) {
            good.rename(request.name());
        }
        if (request.category() != null) {
            good.moveTo(Category.of(request.category()).orElseThrow());
        }
        if (request.price() != null) {
            good.reprice(request.price());
        }
        if (request.description() != null) {
            good.describe(request.description().isEmpty() ? null : request.description());
        }
        if (request.count() != null) {
            int difference = good.adjustStockTo(request.count());
            goods.flush();
            if (difference != 0) {
                ledger.record(new StockMovement(
                        good.id(),
                        MovementKind.ADJUST,
                        difference,
                        good.stockCount(),
                        "adjust:" + UUID.randomUUID(),
                        caller.scopeName()));
            }
        }
        goods.flush();
        LOG.info(() -> "Updated good " + id + " by " + caller.scopeName() + " [request " + RequestId.current() + "]");
        return good;
    }

    /**
     * Deletes the good; its history stays, and it can no longer be read, changed or bought. Its stock can no
     * longer be deducted or restocked either.
     *
     * @param caller who deletes it, for the log; the role check (employees only) is the resource's
     * @param id     the good's id
     * @throws Refusal not found when there is no live good with this id
     */
    @Transactional
    public void delete(Caller caller, long id) {
        Good good = find(id);
        good.markDeleted();
        goods.flush();
        LOG.info(() -> "Deleted good " + id + " by " + caller.scopeName() + " [request " + RequestId.current() + "]");
    }

    /**
     * The live good, or 404.
     *
     * @param id the good's id
     * @return the good
     * @throws Refusal not found when there is no live good with this id
     */
    public Good find(long id) {
        return goods.find(id).orElseThrow(GoodId::notFound);
    }
}

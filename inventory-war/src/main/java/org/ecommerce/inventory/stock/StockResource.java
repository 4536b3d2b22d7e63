package org.ecommerce.inventory.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.StockApi;
import org.ecommerce.api.inventory.StockRequest;
import org.ecommerce.common.idempotency.Idempotency;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** {@link StockApi}, for employees and the service identity (never a customer token). */
@ApplicationScoped
public class StockResource implements StockApi {

    @Inject
    StockService stock;

    @Inject
    Idempotency idempotency;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    public GoodView deductStock(long id, String idempotencyKey, StockRequest request) {
        return move(id, MovementKind.DEDUCT, request, idempotencyKey);
    }

    @Override
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    public GoodView restock(long id, String idempotencyKey, StockRequest request) {
        return move(id, MovementKind.RESTOCK, request, idempotencyKey);
    }

    private GoodView move(long goodId, MovementKind kind, StockRequest request, String key) {
        Caller caller = Caller.of(security);
        // The path as the parsed id spells it: /goods/007/deduct and /goods/7/deduct move one good.
        String path = "/v1/inventory/goods/" + goodId + "/" + kind.value();
        return idempotency.execute(
                caller,
                "PUT",
                path,
                key,
                "count=" + request.count(),
                GoodView.class,
                () -> stock.move(caller, goodId, kind, request.count(), key).view());
    }
}

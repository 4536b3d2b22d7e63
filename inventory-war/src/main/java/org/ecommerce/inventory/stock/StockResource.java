package org.ecommerce.inventory.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.ecommerce.common.idempotency.Idempotency;
import org.ecommerce.common.idempotency.IdempotencyKey;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;
import org.ecommerce.inventory.good.GoodId;
import org.ecommerce.inventory.good.GoodView;

/**
 * Stock moves: {@code /v1/inventory/goods/{id}/deduct} and {@code .../restock}, for employees and the service
 * identity (never a customer token). Both accept an {@code Idempotency-Key}.
 */
@Path("goods")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    @Inject
    StockService stock;

    @Inject
    Idempotency idempotency;

    @Context
    SecurityContext security;

    /**
     * Takes units from stock (emp or service): 200 with the good, 409 when the stock is short.
     *
     * @param id      the raw path segment; unknown, deleted or malformed ids are 404
     * @param request the units to take, 1 or more (400 otherwise)
     * @param key     the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and count
     *                replays the first answer, the same key with another count is 422, a repeat while the first
     *                is in progress is 409
     * @return 200 with the good after the deduction; 409 {@code insufficient-stock} when fewer units are in stock
     */
    @PUT
    @Path("{id}/deduct")
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deduct(
            @PathParam("id") String id,
            @Valid @NotNull StockRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return move(id, MovementKind.DEDUCT, request, key);
    }

    /**
     * Returns units to stock (emp or service), as the sale saga's compensation does: 200 with the good.
     *
     * @param id      the raw path segment; unknown, deleted or malformed ids are 404
     * @param request the units to return, 1 or more (400 otherwise)
     * @param key     the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and count
     *                replays the first answer, the same key with another count is 422, a repeat while the first
     *                is in progress is 409
     * @return 200 with the good after the restock; 409 {@code stock-limit} when the stock would overflow
     */
    @PUT
    @Path("{id}/restock")
    @RolesAllowed({Roles.EMP, Roles.SERVICE})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restock(
            @PathParam("id") String id,
            @Valid @NotNull StockRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        return move(id, MovementKind.RESTOCK, request, key);
    }

    private Response move(String id, MovementKind kind, StockRequest request, String key) {
        long goodId = GoodId.parse(id);
        Caller caller = Caller.of(security);
        // The path as the parsed id spells it: /goods/007/deduct and /goods/7/deduct move one good.
        String path = "/v1/inventory/goods/" + goodId + "/" + kind.value();
        return idempotency.execute(
                caller,
                "PUT",
                path,
                key,
                request.fingerprint(),
                () -> Response.ok(GoodView.of(stock.move(caller, goodId, kind, request.count(), key)))
                        .build());
    }
}

package org.ecommerce.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ecommerce.api.Headers;

/**
 * Stock moves of a good, for employees and the services of this system (never a customer). With an
 * {@link Headers#IDEMPOTENCY_KEY}, a repeat with the same key and count answers as the first and moves nothing;
 * the same key with another count is {@link org.ecommerce.api.problem.ProblemType#IDEMPOTENCY_KEY_REUSED}.
 */
@Path("goods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface StockApi {

    /**
     * Takes units from stock.
     *
     * @return the good after the deduction, whose price is the price of the units taken;
     *         {@link org.ecommerce.api.problem.Refused} ({@code insufficient-stock}) when fewer are in stock
     */
    @PUT
    @Path("{id}/deduct")
    GoodView deductStock(
            @PathParam("id") long id,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull StockRequest request);

    /**
     * Gives units back, as an undone sale does; a deleted good takes them too.
     *
     * @return the good after the restock; {@code stock-limit} when the stock would overflow
     */
    @PUT
    @Path("{id}/restock")
    GoodView restock(
            @PathParam("id") long id,
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull StockRequest request);
}

package org.ecommerce.api.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Paging;

/** Purchases: {@code /v1/sales/purchases} and a customer's history. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface PurchasesApi {

    /**
     * Buys a good (a customer for itself, an employee for the customer the body names): takes the stock, then the
     * money, all or nothing. With an {@link Headers#IDEMPOTENCY_KEY}, a repeat gets the first answer, marked
     * {@link Headers#IDEMPOTENT_REPLAYED}, refusals included.
     *
     * @return 201 with the {@link SaleView} (with the balance left) and its {@code Location};
     *         {@link org.ecommerce.api.problem.Refused} for insufficient stock or funds,
     *         {@link org.ecommerce.api.problem.NotFound} for an unknown good or customer,
     *         {@link org.ecommerce.api.problem.Unavailable} when a service did not answer (what was taken is
     *         given back)
     */
    @Answers(status = 201, type = SaleView.class)
    @POST
    @Path("purchases")
    @Consumes(MediaType.APPLICATION_JSON)
    Response purchase(
            @HeaderParam(Headers.IDEMPOTENCY_KEY) String idempotencyKey, @Valid @NotNull PurchaseRequest request);

    /**
     * Every sale in any status, newest first, with how far its saga went (employees only): the pending ones, the
     * ones being undone, and why each failed one failed.
     *
     * @param status   {@code pending}, {@code completed} or {@code failed}; every status when absent
     * @param username the buyer, in any letter case; every buyer when absent
     * @return 200 with a JSON array of {@link SaleStateView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = SaleStateView.class, list = true)
    @GET
    @Path("purchases")
    Response listPurchases(
            @QueryParam("status") String status,
            @QueryParam("username") String username,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** A sale (its buyer or an employee). */
    @GET
    @Path("purchases/{id}")
    SaleView getPurchase(@PathParam("id") long id);

    /**
     * A customer's completed sales, newest first (that customer or an employee).
     *
     * @return 200 with a JSON array of {@link SaleView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = SaleView.class, list = true)
    @GET
    @Path("history/{username}")
    Response purchaseHistory(
            @PathParam("username") String username,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);
}

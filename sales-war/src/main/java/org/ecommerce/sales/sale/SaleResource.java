package org.ecommerce.sales.sale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.common.idempotency.IdempotencyKey;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.paging.PathIds;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/**
 * Purchases at {@code /v1/sales/purchases} (a customer buys for themself, an employee on a customer's behalf) and
 * purchase history at {@code /v1/sales/history/{username}}.
 */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SaleResource {

    @Inject
    SaleService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * {@code POST /v1/sales/purchases}: a customer buys for themself; an employee buys for the customer named in
     * {@code username} (required for an employee, refused for a customer: 400).
     *
     * @param request the good and quantity (1 to 1000), and the buyer for an employee
     * @param key     the {@code Idempotency-Key} header, or {@code null}: a repeat with the same key and request
     *                answers as the first did, the same key with another request is 422, a repeat while the first
     *                is being processed is 409
     * @return 201 with the completed sale, its {@code remaining_balance} and {@code Location}; 409
     *         {@code insufficient-stock} or {@code insufficient-funds}, 404 for an unknown good or customer, 503
     *         when a service is down; every failure leaves nothing bought
     */
    @POST
    @Path("purchases")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response purchase(@Valid @NotNull PurchaseRequest request, @HeaderParam(IdempotencyKey.HEADER) String key) {
        SaleService.Purchase purchase = service.purchase(Caller.of(security), request, key);
        Sale sale = purchase.sale();
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder()
                        .path("purchases")
                        .path(sale.id().toString())
                        .build())
                .entity(SaleView.withBalance(sale));
        return purchase.replayed()
                ? created.header(IdempotencyKey.REPLAYED, "true").build()
                : created.build();
    }

    /**
     * {@code GET /v1/sales/purchases/{id}}: a sale in any status, to its buyer or an employee.
     *
     * @param id the raw path segment
     * @return the sale, without {@code remaining_balance}; 404 for an unknown or malformed id, 403 for another
     *         customer's sale
     */
    @GET
    @Path("purchases/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public SaleView get(@PathParam("id") String id) {
        return SaleView.of(service.get(Caller.of(security), PathIds.parse(id, "No such sale.")));
    }

    /**
     * {@code GET /v1/sales/history/{username}}: a customer's completed sales, newest first, to that customer or
     * an employee.
     *
     * @param username the buyer, in any letter case
     * @param limit    the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset   the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}; 403 for another
     *         customer's history
     */
    @GET
    @Path("history/{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response history(
            @PathParam("username") String username,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.history(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(SaleView::of)
                .toResponse(SaleView.class);
    }
}

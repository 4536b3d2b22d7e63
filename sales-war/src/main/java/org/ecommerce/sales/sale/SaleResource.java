package org.ecommerce.sales.sale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SaleResource {

    @Inject
    SaleService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("purchases")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response purchase(@Valid @NotNull PurchaseRequest request,
            @HeaderParam(IdempotencyKey.HEADER) String key) {
        Sale sale = service.purchase(Caller.of(security), request, key);
        return Response.created(uri.getBaseUriBuilder().path("purchases").path(sale.id().toString()).build())
                .entity(SaleView.withBalance(sale))
                .build();
    }

    @GET
    @Path("purchases/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public SaleView get(@PathParam("id") String id) {
        return SaleView.of(service.get(Caller.of(security), PathIds.parse(id, "No such sale.")));
    }

    @GET
    @Path("history/{username}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response history(@PathParam("username") String username, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.history(Caller.of(security), username, PageRequest.of(limit, offset)).map(SaleView::of)
                .toResponse(SaleView.class);
    }
}

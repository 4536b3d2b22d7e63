package org.ecommerce.sales.sale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.api.Headers;
import org.ecommerce.api.sales.PurchaseRequest;
import org.ecommerce.api.sales.PurchasesApi;
import org.ecommerce.api.sales.SaleStateView;
import org.ecommerce.api.sales.SaleView;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** {@link PurchasesApi}; the saga itself is {@link SaleService}'s and {@link SaleProcessor}'s. */
@ApplicationScoped
public class SaleResource implements PurchasesApi {

    @Inject
    SaleService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response purchase(String idempotencyKey, PurchaseRequest request) {
        SaleService.Purchase purchase = service.purchase(Caller.of(security), request, idempotencyKey);
        Sale sale = purchase.sale();
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder()
                        .path("purchases")
                        .path(sale.id().toString())
                        .build())
                .entity(sale.viewWithBalance());
        return purchase.replayed()
                ? created.header(Headers.IDEMPOTENT_REPLAYED, "true").build()
                : created.build();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response listPurchases(String status, String username, Integer limit, Integer offset) {
        return service.list(Caller.of(security), status, username, PageRequest.of(limit, offset))
                .map(Sale::stateView)
                .toResponse(SaleStateView.class);
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public SaleView getPurchase(long id) {
        return service.get(Caller.of(security), id).view();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response purchaseHistory(String username, Integer limit, Integer offset) {
        return service.history(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(Sale::view)
                .toResponse(SaleView.class);
    }
}

package org.ecommerce.inventory.good;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.api.inventory.CreateGoodRequest;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.inventory.UpdateGoodRequest;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** {@link GoodsApi}: anyone reads; employees add, change and delete. */
@ApplicationScoped
public class GoodResource implements GoodsApi {

    @Inject
    GoodService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Override
    @RolesAllowed(Roles.EMP)
    public Response createGood(CreateGoodRequest request) {
        Good good = service.create(Caller.of(security), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(good.id().toString()).build())
                .entity(good.view())
                .build();
    }

    @Override
    public Response listGoods(String category, Boolean inStock, Integer limit, Integer offset) {
        return service.list(category, inStock, PageRequest.of(limit, offset))
                .map(Good::view)
                .toResponse(GoodView.class);
    }

    @Override
    public GoodView getGood(long id) {
        return service.get(id).view();
    }

    @Override
    @RolesAllowed(Roles.EMP)
    public GoodView updateGood(long id, UpdateGoodRequest request) {
        return service.update(Caller.of(security), id, request).view();
    }

    @Override
    @RolesAllowed(Roles.EMP)
    public void deleteGood(long id) {
        service.delete(Caller.of(security), id);
    }
}

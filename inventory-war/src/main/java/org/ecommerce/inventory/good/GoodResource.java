package org.ecommerce.inventory.good;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** Goods: {@code /v1/inventory/goods}. Anyone reads; employees add, change and delete. */
@Path("goods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoodResource {

    @Inject
    GoodService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** Adds a good (emp): 201 with the good and its {@code Location}. */
    @POST
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateGoodRequest request) {
        Good good = service.create(Caller.of(security), request);
        return Response.created(uri.getAbsolutePathBuilder().path(good.id().toString()).build())
                .entity(GoodView.of(good))
                .build();
    }

    /**
     * Lists live goods by id (anyone), paged, with {@code X-Total-Count}; {@code ?category=} filters (an unknown
     * one is 400) and {@code ?in_stock=true} keeps goods with a count above 0, as the sales catalogue needs.
     */
    @GET
    @PermitAll
    public Response list(@QueryParam("category") String category, @QueryParam("in_stock") String inStock,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return service.list(category, inStock, PageRequest.of(limit, offset)).map(GoodView::of)
                .toResponse(GoodView.class);
    }

    /** Reads one live good (anyone); unknown, deleted or malformed ids are 404. */
    @GET
    @Path("{id}")
    @PermitAll
    public GoodView get(@PathParam("id") String id) {
        return GoodView.of(service.get(GoodId.parse(id)));
    }

    /** Changes the members sent (emp); a new count is recorded in the stock ledger as its difference. */
    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public GoodView update(@PathParam("id") String id, @Valid @NotNull UpdateGoodRequest request) {
        return GoodView.of(service.update(Caller.of(security), GoodId.parse(id), request));
    }

    /** Deletes a good (emp): 204; its row and stock history stay, it is 404 from then on. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EMP)
    public Response delete(@PathParam("id") String id) {
        service.delete(Caller.of(security), GoodId.parse(id));
        return Response.noContent().build();
    }
}

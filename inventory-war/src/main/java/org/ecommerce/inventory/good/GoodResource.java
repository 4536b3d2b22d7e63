package org.ecommerce.inventory.good;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoodResource {

    @Inject
    GoodService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * Adds a good (emp): 201 with the good and its {@code Location}.
     *
     * @param request the new good; unknown members, an unknown category and broken rules are a 400 with field
     *                errors
     * @return 201 with the good and {@code Location: /v1/inventory/goods/{id}}
     */
    @POST
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateGoodRequest request) {
        Good good = service.create(Caller.of(security), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(good.id().toString()).build())
                .entity(GoodView.of(good))
                .build();
    }

    /**
     * Lists live goods by id (anyone), paged, with {@code X-Total-Count}; {@code ?category=} filters (an unknown
     * one is 400) and {@code ?in_stock=true} keeps goods with a count above 0, as the sales catalogue needs.
     *
     * @param category the raw {@code ?category=}, or {@code null} for all
     * @param inStock  the raw {@code ?in_stock=}: {@code true}, {@code false} or {@code null}; anything else is 400
     * @param limit    the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset   the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}
     */
    @GET
    @PermitAll
    public Response list(
            @QueryParam("category") String category,
            @QueryParam("in_stock") String inStock,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.list(category, inStock, PageRequest.of(limit, offset))
                .map(GoodView::of)
                .toResponse(GoodView.class);
    }

    /**
     * Reads one live good (anyone); unknown, deleted or malformed ids are 404.
     *
     * @param id the raw path segment
     * @return the good, with a {@code count} of 0 when it is sold out
     */
    @GET
    @Path("{id}")
    @PermitAll
    public GoodView get(@PathParam("id") String id) {
        return GoodView.of(service.get(GoodId.parse(id)));
    }

    /**
     * Changes the members sent (emp); a new count is recorded in the stock ledger as its difference.
     *
     * @param id      the raw path segment; unknown, deleted or malformed ids are 404
     * @param request the members to change; unknown members and broken rules are a 400 with field errors
     * @return the changed good
     */
    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public GoodView update(@PathParam("id") String id, @Valid @NotNull UpdateGoodRequest request) {
        return GoodView.of(service.update(Caller.of(security), GoodId.parse(id), request));
    }

    /**
     * Deletes a good (emp): 204; its row and stock history stay, it is 404 from then on.
     *
     * @param id the raw path segment; unknown, already deleted or malformed ids are 404
     * @return 204 without a body
     */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EMP)
    public Response delete(@PathParam("id") String id) {
        service.delete(Caller.of(security), GoodId.parse(id));
        return Response.noContent().build();
    }
}

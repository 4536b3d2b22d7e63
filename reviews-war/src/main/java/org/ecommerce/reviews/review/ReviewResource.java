package org.ecommerce.reviews.review;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/**
 * Reviews: written by customers at {@code /v1/reviews/product/{product_id}}, read by anyone, edited by their
 * author at {@code /v1/reviews/{id}}, moderated by employees.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("product/{productId}")
    @RolesAllowed(Roles.CUSTOMER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("productId") String productId, @Valid @NotNull NewReviewRequest request) {
        Review review = service.create(Caller.of(security), ReviewId.parse(productId), request);
        return Response.created(uri.getBaseUriBuilder().path(review.id().toString()).build())
                .entity(ReviewView.of(review))
                .build();
    }

    @GET
    @Path("product/{productId}")
    @PermitAll
    public Response ofProduct(@PathParam("productId") String productId, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return service.ofProduct(Caller.of(security), ReviewId.parse(productId), status,
                PageRequest.of(limit, offset)).map(ReviewView::of).toResponse(ReviewView.class);
    }

    @GET
    @Path("product/{productId}/summary")
    @PermitAll
    public JsonObject summary(@PathParam("productId") String productId) {
        return service.summary(ReviewId.parse(productId)).toJson();
    }

    @GET
    @Path("customer/{username}")
    @PermitAll
    public Response byAuthor(@PathParam("username") String username, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.byAuthor(Caller.of(security), username, PageRequest.of(limit, offset)).map(ReviewView::of)
                .toResponse(ReviewView.class);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public ReviewView get(@PathParam("id") String id) {
        return ReviewView.of(service.get(Caller.of(security), ReviewId.parse(id)));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewView edit(@PathParam("id") String id, @Valid @NotNull EditReviewRequest request) {
        return ReviewView.of(service.edit(Caller.of(security), ReviewId.parse(id), request));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response delete(@PathParam("id") String id) {
        service.delete(Caller.of(security), ReviewId.parse(id));
        return Response.noContent().build();
    }

    @PATCH
    @Path("{id}/moderate")
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewView moderate(@PathParam("id") String id, @Valid @NotNull ModerationRequest request) {
        return ReviewView.of(service.moderate(Caller.of(security), ReviewId.parse(id), request));
    }
}

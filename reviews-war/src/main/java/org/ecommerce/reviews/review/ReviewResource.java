package org.ecommerce.reviews.review;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * {@code POST /v1/reviews/product/{product_id}} (customers): writes the caller's review of a good, as
     * {@code pending}.
     *
     * @param productId the raw path segment; a malformed id is 404
     * @param request   the rating (1 to 5, required) and an optional comment of at most 2000 characters
     * @return 201 with the review and {@code Location: /v1/reviews/{id}}; 404 when inventory has no such good,
     *         409 {@code duplicate-review} when the caller already reviewed it, 503 when inventory cannot be asked
     */
    @POST
    @Path("product/{productId}")
    @RolesAllowed(Roles.CUSTOMER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("productId") String productId, @Valid @NotNull NewReviewRequest request) {
        Review review = service.create(Caller.of(security), ReviewId.parse(productId), request);
        return Response.created(
                        uri.getBaseUriBuilder().path(review.id().toString()).build())
                .entity(ReviewView.of(review))
                .build();
    }

    /**
     * {@code GET /v1/reviews/product/{product_id}} (anyone): a good's reviews by id. Employees see every status
     * and may filter with {@code ?status=}; everyone else sees the reviews not flagged.
     *
     * @param productId the raw path segment; a malformed id is 404
     * @param status    the raw {@code ?status=}: {@code pending}, {@code approved} or {@code flagged}, employees
     *                  only (403 for anyone else, 400 for another value)
     * @param limit     the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset    the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}; a good without reviews,
     *         or one inventory does not have, gives {@code []}
     */
    @GET
    @Path("product/{productId}")
    @PermitAll
    public Response ofProduct(
            @PathParam("productId") String productId,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.ofProduct(Caller.of(security), ReviewId.parse(productId), status, PageRequest.of(limit, offset))
                .map(ReviewView::of)
                .toResponse(ReviewView.class);
    }

    /**
     * {@code GET /v1/reviews/product/{product_id}/summary} (anyone): count and average of the ratings not
     * flagged.
     *
     * @param productId the raw path segment; a malformed id is 404
     * @return {@code {product_id, average_rating, review_count}}, the average rounded half up to 2 decimals and
     *         {@code null} without reviews; 404 when inventory has no such good, 503 when it cannot be asked
     */
    @GET
    @Path("product/{productId}/summary")
    @PermitAll
    public JsonObject summary(@PathParam("productId") String productId) {
        return service.summary(ReviewId.parse(productId)).toJson();
    }

    /**
     * {@code GET /v1/reviews/customer/{username}} (anyone): a customer's reviews by id; flagged ones only for
     * that customer and for employees.
     *
     * @param username the author, in any letter case
     * @param limit    the raw {@code ?limit=}: default 50, more than 200 taken as 200
     * @param offset   the raw {@code ?offset=}: default 0
     * @return 200 with the page as a JSON array and the total in {@code X-Total-Count}; {@code []} for an
     *         unknown username
     */
    @GET
    @Path("customer/{username}")
    @PermitAll
    public Response byAuthor(
            @PathParam("username") String username,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return service.byAuthor(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(ReviewView::of)
                .toResponse(ReviewView.class);
    }

    /**
     * {@code GET /v1/reviews/{id}} (anyone): one review; a flagged one only for its author and employees.
     *
     * @param id the raw path segment
     * @return the review; 404 for an unknown or malformed id, and for a flagged review asked for by anyone else
     */
    @GET
    @Path("{id}")
    @PermitAll
    public ReviewView get(@PathParam("id") String id) {
        return ReviewView.of(service.get(Caller.of(security), ReviewId.parse(id)));
    }

    /**
     * {@code PATCH /v1/reviews/{id}} (the author): changes the rating or comment and sends the review back to
     * {@code pending}.
     *
     * @param id      the raw path segment
     * @param request the members to change; absent ones stay
     * @return the edited review; 404 for an unknown id (or another's flagged review), 403 for anyone but the
     *         author, employees included; 503 when inventory cannot be asked for the good's current name
     */
    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewView edit(@PathParam("id") String id, @Valid @NotNull EditReviewRequest request) {
        return ReviewView.of(service.edit(Caller.of(security), ReviewId.parse(id), request));
    }

    /**
     * {@code DELETE /v1/reviews/{id}} (the author or an employee).
     *
     * @param id the raw path segment
     * @return 204; 404 for an unknown id (or another's flagged review), 403 for another customer's review
     */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public Response delete(@PathParam("id") String id) {
        service.delete(Caller.of(security), ReviewId.parse(id));
        return Response.noContent().build();
    }

    /**
     * {@code PATCH /v1/reviews/{id}/moderate} (employees): approves or flags a review.
     *
     * @param id      the raw path segment
     * @param request the verdict: {@code approved} or {@code flagged} (400 otherwise)
     * @return the moderated review; 404 for an unknown or malformed id
     */
    @PATCH
    @Path("{id}/moderate")
    @RolesAllowed(Roles.EMP)
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewView moderate(@PathParam("id") String id, @Valid @NotNull ModerationRequest request) {
        return ReviewView.of(service.moderate(Caller.of(security), ReviewId.parse(id), request));
    }
}

package org.ecommerce.reviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ecommerce.api.reviews.EditReviewRequest;
import org.ecommerce.api.reviews.ModerationRequest;
import org.ecommerce.api.reviews.NewReviewRequest;
import org.ecommerce.api.reviews.RatingSummary;
import org.ecommerce.api.reviews.ReviewView;
import org.ecommerce.api.reviews.ReviewsApi;
import org.ecommerce.common.paging.PageRequest;
import org.ecommerce.common.security.Caller;
import org.ecommerce.common.security.Roles;

/** {@link ReviewsApi}; who sees which review, and who may change it, is {@link ReviewService}'s to decide. */
@ApplicationScoped
public class ReviewResource implements ReviewsApi {

    @Inject
    ReviewService service;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Override
    @RolesAllowed(Roles.CUSTOMER)
    public Response createReview(long productId, NewReviewRequest request) {
        Review review = service.create(Caller.of(security), ReviewId.require(productId), request);
        return Response.created(
                        uri.getBaseUriBuilder().path(review.id().toString()).build())
                .entity(review.view())
                .build();
    }

    @Override
    public Response productReviews(long productId, String status, Integer limit, Integer offset) {
        return service.ofProduct(
                        Caller.of(security), ReviewId.require(productId), status, PageRequest.of(limit, offset))
                .map(Review::view)
                .toResponse(ReviewView.class);
    }

    @Override
    public RatingSummary ratingSummary(long productId) {
        return service.summary(ReviewId.require(productId));
    }

    @Override
    public Response authorReviews(String username, Integer limit, Integer offset) {
        return service.byAuthor(Caller.of(security), username, PageRequest.of(limit, offset))
                .map(Review::view)
                .toResponse(ReviewView.class);
    }

    @Override
    public ReviewView getReview(long id) {
        return service.get(Caller.of(security), ReviewId.require(id)).view();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public ReviewView editReview(long id, EditReviewRequest request) {
        return service.edit(Caller.of(security), ReviewId.require(id), request).view();
    }

    @Override
    @RolesAllowed({Roles.CUSTOMER, Roles.EMP})
    public void deleteReview(long id) {
        service.delete(Caller.of(security), ReviewId.require(id));
    }

    @Override
    @RolesAllowed(Roles.EMP)
    public ReviewView moderateReview(long id, ModerationRequest request) {
        return service.moderate(Caller.of(security), ReviewId.require(id), request)
                .view();
    }
}

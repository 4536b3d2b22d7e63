package org.ecommerce.api.reviews;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Paging;

/**
 * Reviews: {@code /v1/reviews}. Flagged reviews are seen only by their author and employees; to anyone else they
 * do not exist.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface ReviewsApi {

    /**
     * Reviews a product (a customer, once per product; the product must exist in inventory).
     *
     * @return 201 with the {@link ReviewView}, {@code pending}, and its {@code Location}; {@code duplicate-review}
     *         for a second review
     */
    @Answers(status = 201, type = ReviewView.class)
    @POST
    @Path("product/{product_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createReview(@PathParam("product_id") long productId, @Valid @NotNull NewReviewRequest request);

    /**
     * A product's reviews, newest first (anyone; flagged ones and {@code status} for employees only).
     *
     * @param status {@code pending}, {@code approved} or {@code flagged}: only reviews in that state
     * @return 200 with a JSON array of {@link ReviewView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = ReviewView.class, list = true)
    @GET
    @Path("product/{product_id}")
    Response productReviews(
            @PathParam("product_id") long productId,
            @QueryParam("status") String status,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** A product's rating over its reviews that are not flagged (anyone). */
    @GET
    @Path("product/{product_id}/summary")
    RatingSummary ratingSummary(@PathParam("product_id") long productId);

    /**
     * A customer's reviews, newest first (anyone; flagged ones only for that customer and employees).
     *
     * @return 200 with a JSON array of {@link ReviewView} and the total in {@link Headers#TOTAL_COUNT}
     */
    @Answers(status = 200, type = ReviewView.class, list = true)
    @GET
    @Path("customer/{username}")
    Response authorReviews(
            @PathParam("username") String username,
            @QueryParam("limit") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer limit,
            @QueryParam("offset") @Min(value = 0, message = Paging.WHOLE_NUMBER) Integer offset);

    /** A review (anyone; a flagged one only for its author and employees). */
    @GET
    @Path("{id}")
    ReviewView getReview(@PathParam("id") long id);

    /** Changes rating or comment (its author): the review goes back to {@code pending}. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    ReviewView editReview(@PathParam("id") long id, @Valid @NotNull EditReviewRequest request);

    /** Deletes a review (its author or an employee). */
    @DELETE
    @Path("{id}")
    void deleteReview(@PathParam("id") long id);

    /** Approves or flags a review (emp). */
    @PATCH
    @Path("{id}/moderate")
    @Consumes(MediaType.APPLICATION_JSON)
    ReviewView moderateReview(@PathParam("id") long id, @Valid @NotNull ModerationRequest request);
}

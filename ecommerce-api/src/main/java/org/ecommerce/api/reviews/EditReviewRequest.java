package org.ecommerce.api.reviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /v1/reviews/{id}}: what the author changes.
 *
 * @param rating  a whole number from 1 to 5
 * @param comment at most 2000 characters
 */
public record EditReviewRequest(
        @Min(value = 1, message = Messages.RATING) @Max(value = 5, message = Messages.RATING)
        Integer rating,

        @Size(max = 2000, message = Messages.COMMENT) String comment) {}

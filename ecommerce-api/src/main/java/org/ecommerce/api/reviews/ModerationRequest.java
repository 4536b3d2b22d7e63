package org.ecommerce.api.reviews;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code PATCH /v1/reviews/{id}/moderate}.
 *
 * @param status {@code approved} or {@code flagged}
 */
public record ModerationRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "approved|flagged", message = "must be approved or " + "flagged")
        String status) {}

package org.ecommerce.api.reviews;

import java.time.Instant;

/**
 * A review as the API shows it. The comment is data: it is returned exactly as written and never rendered.
 *
 * @param id          the review's id
 * @param username    its author
 * @param productId   the reviewed good
 * @param productName the good's name when the review was written or last edited
 * @param rating      1 to 5
 * @param comment     the text, if any
 * @param status      {@code pending}, {@code approved} or {@code flagged}
 * @param reviewDate  when it was written
 * @param updatedAt   when it last changed
 */
public record ReviewView(
        long id,
        String username,
        long productId,
        String productName,
        int rating,
        String comment,
        String status,
        Instant reviewDate,
        Instant updatedAt) {}

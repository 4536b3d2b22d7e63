package org.ecommerce.reviews.inventory;

/**
 * What the reviews service needs to know of a good in inventory.
 *
 * @param id   the good's id
 * @param name its name, shown with every review
 */
public record Product(long id, String name) {}

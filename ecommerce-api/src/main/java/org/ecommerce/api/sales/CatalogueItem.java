package org.ecommerce.api.sales;

import java.math.BigDecimal;

/**
 * A good as the catalogue lists it.
 *
 * @param id    the good's id
 * @param name  its name
 * @param price its current unit price
 */
public record CatalogueItem(long id, String name, BigDecimal price) {}

package org.ecommerce.api.inventory;

import java.math.BigDecimal;

/**
 * A good as the API shows it.
 *
 * @param id          the good's id
 * @param name        its name
 * @param category    {@code food}, {@code clothes}, {@code accessories} or {@code electronics}
 * @param price       unit price
 * @param description optional description
 * @param count       units in stock
 */
public record GoodView(long id, String name, String category, BigDecimal price, String description, int count) {}

package org.ecommerce.inventory.good;

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
public record GoodView(long id, String name, String category, BigDecimal price, String description, int count) {

    /**
     * The view of a good.
     *
     * @param good the good, already inserted
     * @return its view, with the stock as {@code count}
     */
    public static GoodView of(Good good) {
        return new GoodView(
                good.id(), good.name(), good.category().value(), good.price(), good.description(), good.stockCount());
    }
}

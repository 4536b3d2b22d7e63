package org.ecommerce.sales.sale;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale as the API shows it.
 *
 * @param id               the sale's id
 * @param username         the buyer
 * @param goodId           the good
 * @param goodName         its name at the time of sale
 * @param quantity         units bought
 * @param unitPrice        the price at the time of sale
 * @param totalPrice       quantity times unit price
 * @param status           {@code pending}, {@code completed} or {@code failed}
 * @param saleDate         when the sale was made
 * @param remainingBalance the buyer's balance after the sale; only in the answer to the purchase
 */
public record SaleView(
        long id,
        String username,
        long goodId,
        String goodName,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal totalPrice,
        String status,
        Instant saleDate,
        BigDecimal remainingBalance) {

    /**
     * The view without the remaining balance, for reads.
     *
     * @param s the sale
     * @return its view, {@code remaining_balance} left out
     */
    public static SaleView of(Sale s) {
        return new SaleView(
                s.id(),
                s.username(),
                s.goodId(),
                s.goodName(),
                s.quantity(),
                s.unitPrice(),
                s.totalPrice(),
                s.status().name().toLowerCase(java.util.Locale.ROOT),
                s.saleDate(),
                null);
    }

    /**
     * The view a purchase answers with.
     *
     * @param s the sale
     * @return its view with the buyer's balance after the debit
     */
    public static SaleView withBalance(Sale s) {
        SaleView view = of(s);
        return new SaleView(
                view.id,
                view.username,
                view.goodId,
                view.goodName,
                view.quantity,
                view.unitPrice,
                view.totalPrice,
                view.status,
                view.saleDate,
                s.remainingBalance());
    }
}

package org.ecommerce.api.sales;

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
        BigDecimal remainingBalance) {}

package org.ecommerce.api.sales;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sale with how far its saga went, as employees list it: what is pending, what is being undone, why a sale
 * failed.
 *
 * @param id            the sale's id
 * @param username      the buyer
 * @param goodId        the good
 * @param goodName      its name when inventory gave the units; absent before that
 * @param quantity      units asked for
 * @param unitPrice     the price when inventory gave the units; absent before that
 * @param totalPrice    quantity times unit price; absent before that
 * @param status        {@code pending}, {@code completed} or {@code failed}
 * @param intent        {@code complete}, or {@code abort} once the sale is being undone
 * @param stockStep     {@code none}, {@code attempted} (sent, outcome not yet known), {@code taken} or
 *                      {@code returned}
 * @param moneyStep     likewise for the buyer's money
 * @param failureReason why the sale failed or is being undone: {@code insufficient stock},
 *                      {@code insufficient funds}, {@code unknown good}, {@code unknown customer},
 *                      {@code service unavailable}, {@code total over cap}; absent otherwise
 * @param saleDate      when the sale was made
 * @param updatedAt     when its state last changed
 */
public record SaleStateView(
        long id,
        String username,
        long goodId,
        String goodName,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal totalPrice,
        String status,
        String intent,
        String stockStep,
        String moneyStep,
        String failureReason,
        Instant saleDate,
        Instant updatedAt) {}

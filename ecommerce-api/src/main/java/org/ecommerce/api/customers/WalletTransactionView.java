package org.ecommerce.api.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger row as the API shows it.
 *
 * @param id           the row's id
 * @param amount       signed: negative for a deduction
 * @param kind         {@code charge}, {@code deduct} or {@code refund}
 * @param balanceAfter the balance right after this row
 * @param reference    what the row belongs to (unique)
 * @param refundOf     the {@code id} of the debit a refund gave back; {@code null} for other rows, and for refunds
 *                     made before refunds named their debit
 * @param createdAt    when it was written
 */
public record WalletTransactionView(
        long id,
        BigDecimal amount,
        String kind,
        BigDecimal balanceAfter,
        String reference,
        Long refundOf,
        Instant createdAt) {}

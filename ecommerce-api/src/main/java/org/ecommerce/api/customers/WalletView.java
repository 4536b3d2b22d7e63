package org.ecommerce.api.customers;

import java.math.BigDecimal;

/**
 * A wallet's balance after an operation.
 *
 * @param username      the wallet's owner
 * @param walletBalance the balance
 */
public record WalletView(String username, BigDecimal walletBalance) {}

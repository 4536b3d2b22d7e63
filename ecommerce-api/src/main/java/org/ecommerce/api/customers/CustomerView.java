package org.ecommerce.api.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer as the API shows it; the password hash is never part of it.
 *
 * @param id            the customer id (the {@code sub} of the customer's tokens)
 * @param fullName      full name
 * @param username      username as registered
 * @param age           age
 * @param address       address
 * @param gender        gender
 * @param maritalStatus marital status
 * @param walletBalance the wallet's balance
 * @param role          {@code customer} or {@code emp}
 * @param createdAt     when the account was registered
 */
public record CustomerView(
        long id,
        String fullName,
        String username,
        int age,
        String address,
        String gender,
        String maritalStatus,
        BigDecimal walletBalance,
        String role,
        Instant createdAt) {}

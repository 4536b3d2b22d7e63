package org.ecommerce.customers.customer;

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
        Instant createdAt) {

    /**
     * The view of a customer.
     *
     * @param c the customer, already inserted
     * @return its view, without the password hash
     */
    public static CustomerView of(Customer c) {
        return new CustomerView(
                c.id(),
                c.fullName(),
                c.username(),
                c.age(),
                c.address(),
                c.gender(),
                c.maritalStatus(),
                c.walletBalance(),
                c.role().value(),
                c.createdAt());
    }
}

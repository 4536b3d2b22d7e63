package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

/**
 * Compares amounts of money by value. The tests' answers pass the validating proxy, which re-serialises JSON
 * bodies ({@code 50.00} arrives as {@code 50}); that money is written with two decimals is held by the services'
 * own tests, which talk to the server directly.
 */
final class Amounts {

    private Amounts() {}

    static void assertAmount(String expected, BigDecimal actual, String... message) {
        String what = message.length == 0 ? "amount" : message[0];
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(actual),
                () -> what + ": expected " + expected + " but was " + actual);
    }
}

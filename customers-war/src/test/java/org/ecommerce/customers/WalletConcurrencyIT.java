package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.ecommerce.common.testing.Concurrently;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.Test;

/** Many operations on one wallet at once: no overdraft, and the ledger always adds up to the balance. */
class WalletConcurrencyIT extends CustomersIT {

    @Test
    void thirtyDeductionsOfOneFromFiveSucceedExactlyFiveTimes() throws Exception {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        assertEquals(200, put(alice, "charge", "5.00", token));

        List<Integer> statuses = Concurrently.run(30, 50, i -> put(alice, "deduct", "1.00", token));

        assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(25, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertInvariants(alice, new BigDecimal("0.00"));
    }

    @Test
    void twoHundredMixedChargesAndDeductionsKeepTheLedgerExact() throws Exception {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        String service = accounts.serviceToken();
        assertEquals(200, put(alice, "charge", "20.00", token));

        List<Integer> statuses = Concurrently.run(
                200, 50, i -> i % 2 == 0 ? put(alice, "charge", "1.00", token) : put(alice, "deduct", "3.00", service));

        long charges = 100;
        long deductions = statuses.stream().filter(s -> s == 200).count() - charges;
        assertEquals(200, statuses.stream().filter(s -> s == 200 || s == 409).count(), statuses::toString);
        BigDecimal expected = new BigDecimal("20.00")
                .add(BigDecimal.valueOf(charges))
                .subtract(BigDecimal.valueOf(deductions * 3))
                .setScale(2);
        assertInvariants(alice, expected);
    }

    private static void assertInvariants(String username, BigDecimal expectedBalance) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT c.wallet_balance, COALESCE(SUM(t.amount), 0), "
                        + "COALESCE(MIN(t.balance_after), 0), COUNT(t.id) FROM customers.customer c "
                        + "LEFT JOIN customers.wallet_transaction t ON t.customer_id = c.id "
                        + "WHERE c.username = ? GROUP BY c.wallet_balance")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                BigDecimal balance = rows.getBigDecimal(1);
                assertEquals(expectedBalance, balance, "balance");
                assertEquals(0, balance.compareTo(rows.getBigDecimal(2)), "balance equals the ledger's sum");
                assertTrue(rows.getBigDecimal(3).signum() >= 0, "never below zero");
            }
        }
    }

    private int put(String username, String operation, String amount, String token) {
        return api.put("/v1/customers/" + username + "/" + operation, "{\"amount\": " + amount + "}")
                .token(token)
                .send()
                .status();
    }
}

package org.ecommerce.system;

import static org.ecommerce.system.Amounts.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A dependency that fails or hangs in the middle of a sale: the buyer is told 503, and once the dependency
 * answers again, recovery leaves the sale failed with nothing standing and every ledger equal to its balance.
 */
class FaultIT extends SystemIT {

    final FaultyProxy proxy = SystemUnderTest.get().proxy();

    @AfterEach
    void heal() {
        proxy.heal();
    }

    @Test
    void aDebitAppliedButNeverAnsweredIsGivenBack() throws Exception {
        long good = addGood(4);
        String alice = customerWith("50.00");
        proxy.inject("PUT", "/v1/customers/[^/]+/deduct", FaultyProxy.Fault.HANG_AFTER);

        ApiResponse response = buy(alice, good);
        assertEquals(503, response.status(), response::toString);
        long sale = lastSaleOf(alice);

        proxy.heal();
        awaitStatus(sale, "failed");
        assertEquals(4, stock(good), "the stock is back");
        assertAmount("50.00", balance(alice), "the money is back");
        PurchaseIT.assertInvariants();
    }

    @Test
    void aDebitAnsweredTooLateOnceIsSettledByItsRetryAndTheSaleCompletes() throws Exception {
        // A timeout means "outcome unknown": the retry, with the same key, learns that the debit happened.
        long good = addGood(4);
        String carol = customerWith("50.00");
        proxy.inject("PUT", "/v1/customers/[^/]+/deduct", FaultyProxy.Fault.HANG_AFTER_ONCE);

        ApiResponse response = buy(carol, good);
        assertEquals(201, response.status(), response::toString);
        assertEquals("completed", response.json().getString("status"));
        assertEquals(2, stock(good));
        assertAmount("40.00", balance(carol), "debited once");
        PurchaseIT.assertInvariants();
    }

    @Test
    void aStockServiceThatFailsLeavesNothingTaken() throws Exception {
        long good = addGood(4);
        String bob = customerWith("50.00");
        proxy.inject("PUT", "/v1/inventory/goods/\\d+/deduct", FaultyProxy.Fault.FAIL_BEFORE);

        ApiResponse response = buy(bob, good);
        assertEquals(503, response.status(), response::toString);
        long sale = lastSaleOf(bob);

        proxy.heal();
        awaitStatus(sale, "failed");
        assertEquals(4, stock(good));
        assertAmount("50.00", balance(bob));
        PurchaseIT.assertInvariants();
    }

    private ApiResponse buy(String username, long good) {
        return api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 2}")
                .token(accounts.token(username))
                .send();
    }

    private void awaitStatus(long sale, String status) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        String current = null;
        while (System.currentTimeMillis() < deadline) {
            current = query("SELECT status FROM sales.sale WHERE id = ?", sale);
            if (status.equals(current)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("sale " + sale + " is " + current + ", not " + status);
    }

    private static long lastSaleOf(String username) throws SQLException {
        return Long.parseLong(query("SELECT MAX(id) FROM sales.sale WHERE username = ?", username));
    }

    private static String query(String sql, Object parameter) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private long addGood(int count) {
        ApiResponse response = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"Fragile " + System.nanoTime()
                                + "\", \"category\": \"food\", \"price\": 5.00, \"count\": " + count + "}")
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }

    private String customerWith(String money) {
        String username = accounts.newCustomer();
        assertEquals(
                200,
                api.put("/v1/customers/" + username + "/charge", "{\"amount\": " + money + "}")
                        .token(emp)
                        .send()
                        .status());
        return username;
    }

    private int stock(long good) {
        return api.get("/v1/inventory/goods/" + good).send().json().getInt("count");
    }

    private BigDecimal balance(String username) {
        return accounts.balance(username, emp);
    }
}

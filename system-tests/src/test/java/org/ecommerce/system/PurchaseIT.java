package org.ecommerce.system;

import static org.ecommerce.system.Amounts.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.Test;

/** Buying across the three services: all or nothing, once per key, and exact under concurrency. */
class PurchaseIT extends SystemIT {

    @Test
    void aCompletedSaleTakesStockAndMoneyExactlyOnce() throws SQLException {
        long good = addGood("12.50", 5);
        String alice = customerWith("100.00");
        String token = accounts.token(alice);

        ApiResponse response = buy(token, good, 2, null);
        assertEquals(201, response.status(), response::toString);
        JsonObject sale = response.json();
        long id = sale.getJsonNumber("id").longValue();
        assertTrue(response.header("Location").endsWith("/v1/sales/purchases/" + id));
        assertEquals("completed", sale.getString("status"));
        assertEquals(alice, sale.getString("username"));
        assertAmount("12.50", sale.getJsonNumber("unit_price").bigDecimalValue());
        assertAmount("25.00", sale.getJsonNumber("total_price").bigDecimalValue());
        assertAmount("75.00", sale.getJsonNumber("remaining_balance").bigDecimalValue());

        assertEquals(3, stock(good));
        assertAmount("75.00", balance(alice));
        List<JsonObject> history = api.get("/v1/sales/history/" + alice)
                .token(token)
                .send()
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, history.size());
        assertNull(history.get(0).get("remaining_balance"), "only the purchase answer carries the balance");
        // The steps are keyed by the sale's UUID, under the scope of all services, whatever this one is named.
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM sales.sale WHERE id = ? AND step_key ~ "
                                + "'^sale-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$'",
                        id));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM customers.wallet_transaction WHERE reference = 'deduct:customer-' "
                                + "|| customer_id || ':service:' || (SELECT step_key FROM sales.sale WHERE id = ?) "
                                + "|| '-debit'",
                        id));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM inventory.stock_movement WHERE reference = 'deduct:good-' || ? "
                                + "|| ':service:' || (SELECT step_key FROM sales.sale WHERE id = ?) || '-stock'",
                        good,
                        id));
    }

    @Test
    void whoMaySeeASale() {
        long good = addGood("1.00", 5);
        String alice = customerWith("10.00");
        String token = accounts.token(alice);
        long id = buy(token, good, 1, null).json().getJsonNumber("id").longValue();
        String other = accounts.token(customerWith("1.00"));

        assertEquals(
                200, api.get("/v1/sales/purchases/" + id).token(token).send().status());
        assertEquals(200, api.get("/v1/sales/purchases/" + id).token(emp).send().status());
        assertEquals(
                403, api.get("/v1/sales/purchases/" + id).token(other).send().status());
        assertEquals(401, api.get("/v1/sales/purchases/" + id).send().status());
        assertEquals(
                404, api.get("/v1/sales/purchases/999999999").token(emp).send().status());
        assertEquals(
                403, api.get("/v1/sales/history/" + alice).token(other).send().status());
        assertEquals(
                200, api.get("/v1/sales/history/" + alice).token(emp).send().status());
        assertEquals(401, api.get("/v1/sales/history/" + alice).send().status());
    }

    @Test
    void insufficientStockChangesNothing() throws SQLException {
        long good = addGood("5.00", 1);
        String alice = customerWith("50.00");
        ApiResponse response = buy(accounts.token(alice), good, 2, null);
        assertEquals(409, response.status(), response::toString);
        assertEquals("urn:ecommerce:problem:insufficient-stock", response.json().getString("type"));
        assertEquals(1, stock(good));
        assertAmount("50.00", balance(alice));
        assertEquals(
                0,
                api.get("/v1/sales/history/" + alice)
                        .token(emp)
                        .send()
                        .jsonArray()
                        .size());
    }

    @Test
    void insufficientFundsGivesTheStockBack() throws SQLException {
        long good = addGood("30.00", 4);
        String alice = customerWith("50.00");
        ApiResponse response = buy(accounts.token(alice), good, 2, null);
        assertEquals(409, response.status(), response::toString);
        assertEquals("urn:ecommerce:problem:insufficient-funds", response.json().getString("type"));
        assertEquals(4, stock(good));
        assertAmount("50.00", balance(alice));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM customers.wallet_transaction t JOIN customers.customer c "
                                + "ON c.id = t.customer_id WHERE c.username = ? AND t.kind = 'deduct'",
                        alice));
    }

    @Test
    void theSameKeyThriceMakesOneSale() throws SQLException {
        long good = addGood("2.00", 10);
        String alice = customerWith("20.00");
        String token = accounts.token(alice);
        ApiResponse first = buy(token, good, 1, "checkout-1");
        ApiResponse second = buy(token, good, 1, "checkout-1");
        ApiResponse third = buy(token, good, 1, "checkout-1");
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status());
        assertEquals(first.json().getJsonNumber("id"), third.json().getJsonNumber("id"));
        assertEquals(9, stock(good));
        assertAmount("18.00", balance(alice));
        assertEquals(422, buy(token, good, 2, "checkout-1").status(), "same key, another body");
    }

    @Test
    void employeesBuyForACustomerAndOnlyThey() throws SQLException {
        long good = addGood("3.00", 10);
        String alice = customerWith("30.00");
        ApiResponse forAlice = api.post(
                        "/v1/sales/purchases",
                        "{\"good_id\": " + good + ", \"quantity\": 2, " + "\"username\": \"" + alice + "\"}")
                .token(emp)
                .send();
        assertEquals(201, forAlice.status(), forAlice::toString);
        assertEquals(alice, forAlice.json().getString("username"));
        assertAmount("24.00", balance(alice));

        assertEquals(
                400,
                api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 1}")
                        .token(emp)
                        .send()
                        .status(),
                "an employee must name the customer");
        String token = accounts.token(alice);
        assertEquals(
                400,
                api.post(
                                "/v1/sales/purchases",
                                "{\"good_id\": " + good + ", \"quantity\": 1, " + "\"username\": \"someone_else\"}")
                        .token(token)
                        .send()
                        .status(),
                "a customer cannot name one");
        assertEquals(
                400,
                api.post(
                                "/v1/sales/purchases",
                                "{\"good_id\": " + good + ", \"quantity\": 1, " + "\"total_price\": 0.01}")
                        .token(token)
                        .send()
                        .status(),
                "the price is not the buyer's to say");
        assertEquals(
                401,
                api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 1}")
                        .send()
                        .status());
        for (String bad : new String[] {
            "{\"good_id\": " + good + ", \"quantity\": 0}",
            "{\"good_id\": " + good + ", \"quantity\": 1.5}",
            "{\"good_id\": \"x\", \"quantity\": 1}",
            "{\"quantity\": 1}"
        }) {
            assertEquals(
                    400,
                    api.post("/v1/sales/purchases", bad).token(token).send().status(),
                    bad);
        }
        assertEquals(8, stock(good));
    }

    @Test
    void unknownGoodsAndCustomersAre404AndLeaveNothingBehind() throws SQLException {
        String token = accounts.token(customerWith("10.00"));
        assertEquals(404, buy(token, 999_999_999L, 1, null).status());
        long good = addGood("1.00", 3);
        ApiResponse nobody = api.post(
                        "/v1/sales/purchases",
                        "{\"good_id\": " + good + ", \"quantity\": 1, " + "\"username\": \"" + Accounts.freshUsername()
                                + "\"}")
                .token(emp)
                .send();
        assertEquals(404, nobody.status(), nobody::toString);
        assertEquals(3, stock(good), "the stock taken for the unknown customer was given back");
    }

    @Test
    void sixtyConcurrentPurchasesOfTenInStockMakeExactlyTenSales() throws Exception {
        long good = addGood("1.00", 10);
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            buyers.add(customerWith("100.00"));
        }
        List<String> tokens = buyers.stream().map(accounts::token).toList();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String token = tokens.get(i % tokens.size());
                tasks.add(() -> buy(token, good, 1, null).status());
            }
            for (Future<Integer> future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(50, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(0, stock(good));
        BigDecimal spent = BigDecimal.ZERO;
        for (String buyer : buyers) {
            spent = spent.add(new BigDecimal("100.00").subtract(balance(buyer)));
        }
        assertAmount("10.00", spent, "money debited exactly ten times");
        assertEquals(10, count("SELECT COUNT(*) FROM sales.sale WHERE good_id = ? AND status = 'completed'", good));
        assertInvariants();
    }

    /** Every completed sale took stock and money once; every failed one holds none; ledgers equal balances. */
    static void assertInvariants() throws SQLException {
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM sales.sale s WHERE s.status = 'completed' AND ("
                        + "(SELECT COUNT(*) FROM customers.wallet_transaction t WHERE t.reference LIKE '%:' || s.step_key "
                        + "|| '-debit') <> 1 OR (SELECT COUNT(*) FROM inventory.stock_movement m WHERE m.reference LIKE "
                        + "'%:' || s.step_key || '-stock') <> 1)"),
                "completed sales with a missing or double step");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM sales.sale s WHERE s.status = 'failed' AND ("
                        + "(SELECT COUNT(*) FROM customers.wallet_transaction t WHERE t.reference LIKE '%:' || s.step_key "
                        + "|| '-debit') <> (SELECT COUNT(*) FROM customers.wallet_transaction t WHERE t.reference LIKE "
                        + "'%:' || s.step_key || '-refund') OR (SELECT COUNT(*) FROM inventory.stock_movement m WHERE "
                        + "m.reference LIKE '%:' || s.step_key || '-stock') <> (SELECT COUNT(*) FROM "
                        + "inventory.stock_movement m WHERE m.reference LIKE '%:' || s.step_key || '-restock'))"),
                "failed sales with a step left standing");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM customers.customer c WHERE c.wallet_balance <> (SELECT "
                        + "COALESCE(SUM(amount), 0) FROM customers.wallet_transaction t WHERE t.customer_id = c.id)"),
                "wallets whose balance differs from their ledger");
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM inventory.good g WHERE g.stock_count <> (SELECT "
                        + "COALESCE(SUM(quantity), 0) FROM inventory.stock_movement m WHERE m.good_id = g.id)"),
                "goods whose stock differs from their ledger");
    }

    private ApiResponse buy(String token, long good, int quantity, String key) {
        var call = api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": " + quantity + "}")
                .token(token);
        if (key != null) {
            call.header("Idempotency-Key", key);
        }
        return call.send();
    }

    private long addGood(String price, int count) {
        ApiResponse response = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"Good " + System.nanoTime() + "\", \"category\": \"food\", \"price\": " + price
                                + ", \"count\": " + count + "}")
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }

    private String customerWith(String money) {
        String username = accounts.newCustomer();
        ApiResponse charged = api.put("/v1/customers/" + username + "/charge", "{\"amount\": " + money + "}")
                .token(emp)
                .send();
        assertEquals(200, charged.status(), charged::toString);
        return username;
    }

    private int stock(long good) {
        return api.get("/v1/inventory/goods/" + good).send().json().getInt("count");
    }

    private BigDecimal balance(String username) {
        return accounts.balance(username, emp);
    }

    private static int count(String sql, Object... parameters) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

package org.ecommerce.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.Metrics;
import org.ecommerce.common.testing.StubServer;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The saga when answers are not what they seem. Only a service's not-found problem says that a good or a customer
 * does not exist: a bare 404 or an HTML page, as a server answers while it is still deploying the service, leaves
 * the step's outcome unknown, so the buyer gets 503 and the sale is being undone, never failed as an unknown good
 * or customer. A driver whose sale was taken over by another stops, and the other settles the sale. A class of its
 * own, with its own deployment: its failing calls count in the saga's circuit breakers.
 */
class SagaFaultsIT extends DeployedWar {

    final StubServer stub = StubServer.get();
    final String alice = Accounts.freshUsername();
    final String customer = Tokens.sign(Tokens.claims("7", alice, "customer").build());

    @BeforeEach
    void serviceIdentity() {
        stub.answer(
                "/v1/auth/service-token",
                200,
                "{\"access_token\": \"stub-service-token\", \"token_type\": \"Bearer\", \"expires_in\": 900}");
    }

    @Test
    void aBare404FromCustomersSaysNothingOfTheCustomer() throws Exception {
        long lamp = freshGood();
        String good = lampJson(lamp);
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 200, good);
        stub.answer("/v1/inventory/goods/" + lamp + "/restock", 200, good);
        stub.answer("/v1/customers/" + alice + "/deduct", 404, StubServer.NO_SUCH_PATH);

        ApiResponse response = buy(lamp);

        assertEquals(503, response.status(), response::toString);
        // Being undone: the debit is sent again until customers settles whether it happened, then given back if
        // it did, and the units after it. Recovery goes on with that; nothing was failed as an unknown customer.
        assertEquals(List.of("pending|service unavailable|taken|attempted"), SaleRows.of(lamp));
        assertTrue(metric("ecommerce_sales_pending") >= 1, "the pending sale shows in /metrics");

        // Customers is deployed at last: recovery settles the sale within 15 s, giving back what it took.
        long compensations = metric("ecommerce_sales_compensations_total");
        stub.answer("/v1/customers/" + alice + "/deduct", 200, wallet());
        stub.answer("/v1/customers/" + alice + "/refund", 200, wallet());
        long healed = System.nanoTime();
        awaitRow(lamp, "failed|", 30);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - healed);
        assertTrue(seconds <= 15, "settled " + seconds + " s after customers answered again");
        assertEquals(List.of("failed|service unavailable|returned|returned"), SaleRows.of(lamp));
        assertTrue(metric("ecommerce_sales_compensations_total") >= compensations + 2, "money and stock given back");
        assertTrue(metric("ecommerce_sales_recovery_claimed_total") >= 1);
    }

    @Test
    void anHtmlPageFromInventorySaysNothingOfTheGood() throws SQLException {
        long lamp = freshGood();
        String page = "<html><body><h1>Not Found</h1></body></html>";
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 404, page);
        stub.answer("/v1/inventory/goods/" + lamp + "/restock", 404, page);

        ApiResponse response = buy(lamp);

        assertEquals(503, response.status(), response::toString);
        assertEquals(
                List.of("pending|service unavailable|attempted|none"),
                SaleRows.of(lamp),
                "left for recovery to settle, not failed as an unknown good");
        String good = lampJson(lamp);
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 200, good);
        stub.answer("/v1/inventory/goods/" + lamp + "/restock", 200, good);
        assertTrue(
                stub.lastHeader("/v1/customers/" + alice + "/deduct", "Idempotency-Key")
                        .isEmpty(),
                "no money was asked for");
    }

    @Test
    void aDriverWhoseSaleWasTakenOverStopsAndTheNewDriverSettlesIt() throws Exception {
        long lamp = freshGood();
        String good = lampJson(lamp);
        stub.answer("/v1/inventory/goods/" + lamp + "/deduct", 200, good);
        stub.answer("/v1/customers/" + alice + "/deduct", 200, wallet());
        // The stock step's first answer takes a while: long enough to take the sale over meanwhile.
        stub.answerOnce("/v1/inventory/goods/" + lamp + "/deduct", 200, good, 1_500);

        long started = System.nanoTime();
        CompletableFuture<ApiResponse> purchase = CompletableFuture.supplyAsync(() -> buy(lamp));
        long sale = awaitSale(lamp);
        double leaseLeft = Double.parseDouble(
                sql("SELECT extract(epoch FROM lease_until - now()) FROM sales.sale WHERE id = " + sale));
        assertTrue(leaseLeft > 0 && leaseLeft <= 10, "a lease of ten seconds on the database's clock: " + leaseLeft);
        // What a claim by another instance does to the row.
        sql("UPDATE sales.sale SET version = version + 1 WHERE id = " + sale + " RETURNING id");

        ApiResponse response = purchase.get(30, TimeUnit.SECONDS);
        assertEquals(503, response.status(), response::toString);
        assertEquals(
                List.of("pending|null|attempted|none"),
                SaleRows.of(lamp),
                "the old driver wrote nothing once the sale was taken over");
        assertTrue(
                stub.lastHeader("/v1/customers/" + alice + "/deduct", "Idempotency-Key")
                        .isEmpty(),
                "and asked for no money");

        // Recovery claims the sale when its lease runs out, and settles it with the same keys: within the lease
        // (10 s from the sale's insert) and one recovery interval (5 s), and the drive itself.
        awaitRow(lamp, "completed|", 30);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals(List.of("completed|null|taken|taken"), SaleRows.of(lamp));
        assertTrue(seconds <= 16, "settled " + seconds + " s after the sale was recorded");
        assertTrue(metric("ecommerce_sales_recovery_runs_total") >= 1);
    }

    private static void awaitRow(long good, String prefix, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!SaleRows.of(good).get(0).startsWith(prefix) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private long metric(String name) {
        return Metrics.value(api, name);
    }

    private long awaitSale(long good) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String id = sql("SELECT max(id) FROM sales.sale WHERE good_id = " + good);
            if (id != null) {
                return Long.parseLong(id);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no sale of good " + good + " was recorded");
    }

    private static String sql(String statement) throws SQLException {
        try (Connection db = ItSettings.get().database();
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery(statement)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String lampJson(long id) {
        return "{\"id\": " + id + ", \"name\": \"Lamp\", \"category\": \"electronics\", \"price\": 20.00, "
                + "\"count\": 5}";
    }

    private String wallet() {
        return "{\"username\": \"" + alice + "\", \"wallet_balance\": 80.00}";
    }

    private static long freshGood() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
    }

    private ApiResponse buy(long good) {
        return api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 1}")
                .token(customer)
                .send();
    }
}

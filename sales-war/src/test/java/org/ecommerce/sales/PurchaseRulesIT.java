package org.ecommerce.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.StubServer;
import org.ecommerce.common.testing.TokenTampering;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales service's own rules, with inventory and customers played by a stub: who may buy and see what, and
 * what a purchase request may say. The saga against the real services is tested in system-tests.
 */
class PurchaseRulesIT extends DeployedWar {

    final StubServer stub = StubServer.get();
    final String alice = Accounts.freshUsername();
    final String customer = Tokens.sign(Tokens.claims("7", alice, "customer").build());
    final String emp = Tokens.sign(Tokens.claims("1", "boss", "emp").build());
    final String service =
            Tokens.sign(Tokens.claims("service:reviews", "reviews", "service").build());
    long good;

    @BeforeEach
    void connect() {
        good = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        stocked(good, "Lamp", "20.00");
        // The stock step is called under the service identity, which customers (the stub here) hands out.
        stub.answer(
                "/v1/auth/service-token",
                200,
                "{\"access_token\": \"stub-service-token\", " + "\"token_type\": \"Bearer\", \"expires_in\": 900}");
    }

    /** Inventory gives units of the good at this price, and takes them back. */
    private void stocked(long id, String name, String price) {
        String answer = "{\"id\": " + id + ", \"name\": \"" + name + "\", \"category\": \"electronics\", "
                + "\"price\": " + price + ", \"count\": 5}";
        stub.answer("/v1/inventory/goods/" + id + "/deduct", 200, answer);
        stub.answer("/v1/inventory/goods/" + id + "/restock", 200, answer);
    }

    @Test
    void onlyARealTokenGetsIn() {
        TokenTampering.assertOnlyARealTokenGetsIn(
                token -> api.get("/v1/sales/purchases/999999999").token(token).send(), "7", "t_tampering", "customer");
    }

    @Test
    void onlyCustomersAndEmployeesBuy() {
        assertEquals(
                401, buy(null, "{\"good_id\": " + good + ", \"quantity\": 1}").status());
        assertEquals(
                403,
                buy(service, "{\"good_id\": " + good + ", \"quantity\": 1}").status());
    }

    @Test
    void theBuyerIsTheCustomerOrTheOneAnEmployeeNames() {
        ApiResponse named = buy(customer, "{\"good_id\": " + good + ", \"quantity\": 1, \"username\": \"bob_b\"}");
        assertEquals(400, named.status());
        assertEquals(
                "username", named.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        ApiResponse unnamed = buy(emp, "{\"good_id\": " + good + ", \"quantity\": 1}");
        assertEquals(400, unnamed.status());
        assertEquals(
                "username",
                unnamed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aPurchaseSaysWhatAndHowManyAndNothingElse() throws SQLException {
        String[][] invalid = {
            {"{\"good_id\": " + good + ", \"quantity\": 1, \"total_price\": 0.01}", "total_price"},
            {"{\"good_id\": " + good + ", \"quantity\": 1, \"unit_price\": 1}", "unit_price"},
            {"{\"good_id\": " + good + ", \"quantity\": 0}", "quantity"},
            {"{\"good_id\": " + good + ", \"quantity\": 1001}", "quantity"},
            {"{\"good_id\": " + good + ", \"quantity\": 1.5}", "quantity"},
            {"{\"good_id\": " + good + ", \"quantity\": \"1\"}", "quantity"},
            {"{\"good_id\": " + good + "}", "quantity"},
            {"{\"quantity\": 1}", "good_id"},
            {"{\"good_id\": -4, \"quantity\": 1}", "good_id"},
        };
        for (String[] body : invalid) {
            ApiResponse response = buy(customer, body[0]);
            assertEquals(400, response.status(), body[0]);
            assertEquals(
                    body[1],
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    body[0]);
        }
        // The price comes with the stock step: a total over the cap gives the units back and takes no money.
        stocked(good, "Gold", "1000000.00");
        ApiResponse overCap = buy(customer, "{\"good_id\": " + good + ", \"quantity\": 2}");
        assertEquals(400, overCap.status(), "a total over 1000000.00 cannot be paid");
        assertEquals(
                "quantity",
                overCap.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(List.of("failed|total over cap|returned|none"), SaleRows.of(good));
        assertTrue(
                stub.lastHeader("/v1/inventory/goods/" + good + "/restock", "Idempotency-Key")
                        .isPresent(),
                "the units were given back");
        assertTrue(
                stub.lastHeader("/v1/customers/" + alice + "/deduct", "Idempotency-Key")
                        .isEmpty(),
                "no money was asked for");
    }

    @Test
    void anUnknownGoodIs404AndNothingIsTaken() throws SQLException {
        long unknown = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        assertEquals(
                404,
                buy(customer, "{\"good_id\": " + unknown + ", \"quantity\": 1}").status());
        assertEquals(List.of("failed|unknown good|none|none"), SaleRows.of(unknown));
        assertTrue(
                stub.lastHeader("/v1/customers/" + alice + "/deduct", "Idempotency-Key")
                        .isEmpty(),
                "no money was asked for");
    }

    @Test
    void aCustomerTheWalletsServiceSaysItHasNotIs404AndTheUnitsGoBack() throws SQLException {
        // Nothing was said for alice's wallet: the stub answers as customers does for no such customer.
        ApiResponse response = buy(customer, "{\"good_id\": " + good + ", \"quantity\": 1}");
        assertEquals(404, response.status(), response::toString);
        assertEquals(ProblemType.NOT_FOUND.uri(), response.json().getString("type"));
        assertEquals(List.of("failed|unknown customer|returned|none"), SaleRows.of(good));
    }

    @Test
    void employeesListEverySaleWithHowFarItsSagaWent() {
        String bob = Accounts.freshUsername();
        String bobsToken = Tokens.sign(Tokens.claims("8", bob, "customer").build());
        stub.answer(
                "/v1/customers/" + bob + "/deduct",
                200,
                "{\"username\": \"" + bob + "\", " + "\"wallet_balance\": 10.00}");
        long unknown = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        assertEquals(
                201,
                buy(bobsToken, "{\"good_id\": " + good + ", \"quantity\": 1}").status());
        assertEquals(
                404,
                buy(bobsToken, "{\"good_id\": " + unknown + ", \"quantity\": 1}")
                        .status());

        ApiResponse all = list("?username=" + bob.toUpperCase(Locale.ROOT), emp);
        assertEquals(200, all.status(), all::toString);
        assertEquals("2", all.header("X-Total-Count"));
        List<JsonObject> sales = all.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("failed", "completed"),
                sales.stream().map(s -> s.getString("status")).toList());
        JsonObject failed = sales.get(0);
        assertEquals("unknown good", failed.getString("failure_reason"));
        assertEquals("abort", failed.getString("intent"));
        assertEquals("none", failed.getString("stock_step"));
        assertEquals("none", failed.getString("money_step"));
        JsonObject completed = sales.get(1);
        assertEquals("taken", completed.getString("stock_step"));
        assertEquals("taken", completed.getString("money_step"));
        assertEquals("complete", completed.getString("intent"));
        assertFalse(completed.containsKey("failure_reason"));

        ApiResponse onlyFailed = list("?status=failed&username=" + bob, emp);
        assertEquals("1", onlyFailed.header("X-Total-Count"));
        assertEquals(
                unknown,
                onlyFailed.jsonArray().getJsonObject(0).getJsonNumber("good_id").longValue());
        ApiResponse none = list("?status=completed&username=" + bob + "&limit=0", emp);
        assertEquals("1", none.header("X-Total-Count"));
        assertEquals(0, none.jsonArray().size());

        ApiResponse badStatus = list("?status=lost", emp);
        assertEquals(400, badStatus.status());
        assertEquals(
                "status",
                badStatus.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, list("?username=" + bob, bobsToken).status(), "not even for their own sales");
        assertEquals(401, list("", null).status());
    }

    private ApiResponse list(String query, String token) {
        return api.get("/v1/sales/purchases" + query).token(token).send();
    }

    @Test
    void aRefusedPurchaseIsReplayedWithItsKey() throws SQLException {
        long later = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        String body = "{\"good_id\": " + later + ", \"quantity\": 1}";
        String key = "refused-" + System.nanoTime();
        assertEquals(404, keyed(body, key).status());

        // The good appears: the same request with the same key still gets the first answer, and buys nothing.
        stocked(later, "Late", "2.00");
        ApiResponse repeat = keyed(body, key);
        assertEquals(404, repeat.status(), repeat::toString);
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(
                422, keyed("{\"good_id\": " + later + ", \"quantity\": 2}", key).status(), "another request");
        assertEquals(List.of("failed|unknown good|none|none"), SaleRows.of(later), "the repeat made no sale");

        // A total over the cap, likewise, even once the price comes down.
        stocked(good, "Gold", "1000000.00");
        String twoGold = "{\"good_id\": " + good + ", \"quantity\": 2}";
        assertEquals(400, keyed(twoGold, key + "-cap").status());
        stocked(good, "Gold", "1.00");
        ApiResponse capRepeat = keyed(twoGold, key + "-cap");
        assertEquals(400, capRepeat.status(), capRepeat::toString);
        assertEquals(
                "quantity",
                capRepeat.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("true", capRepeat.header("Idempotent-Replayed"));
        assertEquals(List.of("failed|total over cap|returned|none"), SaleRows.of(good));
    }

    @Test
    void malformedKeysAndIdsAreRefused() {
        ApiResponse key = api.post("/v1/sales/purchases", "{\"good_id\": " + good + ", \"quantity\": 1}")
                .token(customer)
                .header("Idempotency-Key", "k".repeat(101))
                .send();
        assertEquals(400, key.status());
        for (String id : new String[] {"abc", "0", "-1", "999999999"}) {
            assertEquals(
                    404, api.get("/v1/sales/purchases/" + id).token(emp).send().status(), id);
        }
    }

    @Test
    void historyIsForTheCustomerAndEmployees() {
        assertEquals(401, api.get("/v1/sales/history/" + alice).send().status());
        assertEquals(
                403,
                api.get("/v1/sales/history/someone_else").token(customer).send().status());
        ApiResponse own = api.get("/v1/sales/history/" + alice).token(customer).send();
        assertEquals(200, own.status());
        assertEquals("0", own.header("X-Total-Count"));
        assertEquals(
                200, api.get("/v1/sales/history/" + alice).token(emp).send().status());
        assertEquals(
                400,
                api.get("/v1/sales/history/" + alice + "?limit=x")
                        .token(customer)
                        .send()
                        .status());
    }

    private ApiResponse keyed(String body, String key) {
        return api.post("/v1/sales/purchases", body)
                .token(customer)
                .header("Idempotency-Key", key)
                .send();
    }

    private ApiResponse buy(String token, String body) {
        return api.post("/v1/sales/purchases", body).token(token).send();
    }
}

package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.Test;

/** Charge, deduct, refund and the ledger: roles, amounts, and what each operation writes. */
class WalletIT extends CustomersIT {

    @Test
    void chargeIsForTheOwnerAndEmployees() {
        String alice = accounts.newCustomer();
        assertEquals(401, move(alice, "charge", "10", null).status(), "anonymous");
        assertEquals(
                403,
                move(alice, "charge", "10", accounts.token(accounts.newCustomer()))
                        .status(),
                "other");
        assertEquals(403, move(alice, "charge", "10", accounts.serviceToken()).status(), "service");
        assertBalance("10.00", move(alice, "charge", "10", accounts.token(alice)));
        assertBalance("25.50", move(alice, "charge", "15.5", accounts.adminToken()));
    }

    @Test
    void deductIsForTheOwnerEmployeesAndServices() {
        String alice = accounts.newCustomer();
        move(alice, "charge", "100", accounts.adminToken());
        assertEquals(401, move(alice, "deduct", "1", null).status());
        assertEquals(
                403,
                move(alice, "deduct", "1", accounts.token(accounts.newCustomer()))
                        .status());
        assertBalance("99.00", move(alice, "deduct", "1", accounts.token(alice)));
        assertBalance("97.00", move(alice, "deduct", "2", accounts.adminToken()));
        assertBalance("94.00", move(alice, "deduct", "3", accounts.serviceToken()));
    }

    @Test
    void refundIsForEmployeesAndServicesOnly() {
        String alice = accounts.newCustomer();
        move(alice, "charge", "20", accounts.token(alice));
        long first = debit(alice, "10", accounts.serviceToken(), "sale-roles-1-debit");
        debit(alice, "10", accounts.serviceToken(), "sale-roles-2-debit");
        assertEquals(
                401,
                refund(alice, "{\"amount\": 5, \"debit_id\": " + first + "}", null)
                        .status());
        assertEquals(
                403,
                refund(alice, "{\"amount\": 5, \"debit_id\": " + first + "}", accounts.token(alice))
                        .status(),
                "not even the owner");
        assertBalance("5.00", refund(alice, "{\"amount\": 5, \"debit_id\": " + first + "}", accounts.adminToken()));
        assertBalance(
                "15.00",
                refund(alice, "{\"amount\": 10, \"debit_key\": \"sale-roles-2-debit\"}", accounts.serviceToken()));
    }

    @Test
    void aRefundGivesBackADebitOfTheWalletAtMostItsAmountAndOnce() {
        String alice = accounts.newCustomer();
        String bob = accounts.newCustomer();
        String service = accounts.serviceToken();
        String admin = accounts.adminToken();
        move(alice, "charge", "100", accounts.token(alice));
        move(bob, "charge", "100", accounts.token(bob));
        long debit = debit(alice, "30", service, "sale-once-debit");
        long bobsDebit = debit(bob, "30", service, "sale-bob-debit");
        long ownDebit = debit(alice, "5", accounts.token(alice), "own-debit");
        long charge = rows(alice).get(0).getJsonNumber("id").longValue();

        assertInvalid(refund(alice, "{\"amount\": 1}", admin), "debit_id");
        assertInvalid(
                refund(alice, "{\"amount\": 1, \"debit_id\": " + debit + ", \"debit_key\": \"k\"}", admin), "debit_id");
        assertInvalid(refund(alice, "{\"amount\": 1, \"debit_id\": 0}", admin), "debit_id");
        assertInvalid(refund(alice, "{\"amount\": 1, \"debit_key\": \"\"}", service), "debit_key");

        assertUnmatched(refund(alice, "{\"amount\": 1, \"debit_id\": " + charge + "}", admin), "a charge");
        assertUnmatched(refund(alice, "{\"amount\": 1, \"debit_id\": " + bobsDebit + "}", admin), "bob's debit");
        assertUnmatched(refund(alice, "{\"amount\": 1, \"debit_key\": \"sale-none-debit\"}", service), "no debit");
        // A service names only its own debits by key: alice's own debit has her key scope, not the services'.
        assertUnmatched(refund(alice, "{\"amount\": 1, \"debit_key\": \"own-debit\"}", service), "alice's key");
        assertUnmatched(refund(alice, "{\"amount\": 30.01, \"debit_id\": " + debit + "}", admin), "more than it took");
        assertBalance("65.00", api.get("/v1/customers/" + alice).token(admin).send(), "wallet_balance");

        ApiResponse partial = keyedRefund(alice, "{\"amount\": 20, \"debit_key\": \"sale-once-debit\"}", service, "r1");
        assertBalance("85.00", partial);
        ApiResponse replay = keyedRefund(alice, "{\"amount\": 20, \"debit_key\": \"sale-once-debit\"}", service, "r1");
        assertBalance("85.00", replay);
        assertEquals("true", replay.header("Idempotent-Replayed"));

        ApiResponse again = keyedRefund(alice, "{\"amount\": 10, \"debit_id\": " + debit + "}", admin, "r2");
        assertEquals(409, again.status(), again::toString);
        assertEquals(ProblemType.ALREADY_REFUNDED.uri(), again.json().getString("type"));
        assertBalance("90.00", refund(alice, "{\"amount\": 5, \"debit_id\": " + ownDebit + "}", admin));

        List<JsonObject> rows = rows(alice);
        JsonObject refundRow = rows.get(rows.size() - 2);
        assertEquals("refund", refundRow.getString("kind"));
        assertEquals(debit, refundRow.getJsonNumber("refund_of").longValue());
        assertNull(rows.get(0).get("refund_of"), "a charge gives back nothing");
    }

    @Test
    void theDatabaseRefusesARefundThatGivesBackNoDebitOrMoreThanIt() throws SQLException {
        String alice = accounts.newCustomer();
        move(alice, "charge", "50", accounts.token(alice));
        long debit = debit(alice, "10", accounts.serviceToken(), "sale-db-debit");
        long customer = subject(alice);
        try (Connection db = ItSettings.get().database()) {
            for (String refundOf : new String[] {"NULL", Long.toString(debit)}) {
                // 10.01 of a 10.00 debit, or a refund that names none.
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (PreparedStatement insert = db.prepareStatement("INSERT INTO customers.wallet_transaction "
                            + "(customer_id, kind, amount, balance_after, reference, requested_by, refund_of) "
                            + "VALUES (?, 'refund', 10.01, 50.01, ?, 'test', " + refundOf + ")")) {
                        insert.setLong(1, customer);
                        insert.setString(2, "refund:test:" + System.nanoTime());
                        insert.executeUpdate();
                    }
                });
                assertEquals("23514", refused.getSQLState(), refundOf + ": " + refused.getMessage());
            }
        }
    }

    @Test
    void aRefundStillReachesADeletedCustomersWallet() {
        // Money taken before an account was closed must go back, not vanish: a sale compensated late needs this.
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        move(alice, "charge", "10", token);
        debit(alice, "4", accounts.serviceToken(), "sale-late-debit");
        assertEquals(
                204, api.delete("/v1/customers/" + alice).token(token).send().status());

        assertBalance(
                "10.00", refund(alice, "{\"amount\": 4, \"debit_key\": \"sale-late-debit\"}", accounts.serviceToken()));
        assertEquals(404, move(alice, "charge", "1", accounts.adminToken()).status(), "closed for anything else");
        assertEquals(404, move(alice, "deduct", "1", accounts.serviceToken()).status());
    }

    @Test
    void aWalletNeverGoesBelowZero() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        move(alice, "charge", "5", token);
        ApiResponse refused = move(alice, "deduct", "5.01", token);
        assertEquals(409, refused.status());
        assertEquals("urn:ecommerce:problem:insufficient-funds", refused.json().getString("type"));
        assertEquals("Insufficient funds", refused.json().getString("detail"));
        assertBalance("0.00", move(alice, "deduct", "5", token));
        assertEquals(409, move(alice, "deduct", "0.01", token).status());
    }

    @Test
    void amountsAreValidated() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        for (String amount : new String[] {"0", "-1", "10.001", "1000000.01", "\"10\"", "null", "1e400"}) {
            ApiResponse response = api.put("/v1/customers/" + alice + "/charge", "{\"amount\": " + amount + "}")
                    .token(token)
                    .send();
            assertEquals(400, response.status(), amount);
            assertEquals(
                    "amount",
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(
                400,
                api.put("/v1/customers/" + alice + "/charge", "{}")
                        .token(token)
                        .send()
                        .status());
        assertEquals(
                400,
                api.put("/v1/customers/" + alice + "/charge", "{\"amount\": 1, \"reference\": \"x\"}")
                        .token(token)
                        .send()
                        .status());
        assertBalance("1000000.00", move(alice, "charge", "1000000.00", token));
        assertBalance("1000000.10", move(alice, "charge", "0.10", token));
    }

    @Test
    void unknownCustomersAre404ForEmployees() {
        String admin = accounts.adminToken();
        assertEquals(404, move(Accounts.freshUsername(), "charge", "1", admin).status());
        assertEquals(404, move(Accounts.freshUsername(), "deduct", "1", admin).status());
        assertEquals(
                404,
                refund(Accounts.freshUsername(), "{\"amount\": 1, \"debit_id\": 1}", accounts.serviceToken())
                        .status());
    }

    @Test
    void theLedgerRecordsEveryMoveAndEndsAtTheBalance() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        move(alice, "charge", "50", token);
        long debit = debit(alice, "20.25", accounts.serviceToken(), null);
        refund(alice, "{\"amount\": 5.25, \"debit_id\": " + debit + "}", accounts.adminToken());

        ApiResponse response = api.get("/v1/customers/" + alice + "/wallet/transactions")
                .token(token)
                .send();
        assertEquals(200, response.status(), response::toString);
        assertEquals("3", response.header("X-Total-Count"));
        assertEquals("no-store", response.header("Cache-Control"));
        List<JsonObject> rows = response.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("charge", "deduct", "refund"),
                rows.stream().map(r -> r.getString("kind")).toList());
        assertEquals(
                List.of(new BigDecimal("50.00"), new BigDecimal("-20.25"), new BigDecimal("5.25")),
                rows.stream()
                        .map(r -> r.getJsonNumber("amount").bigDecimalValue())
                        .toList());
        assertEquals(
                List.of(new BigDecimal("50.00"), new BigDecimal("29.75"), new BigDecimal("35.00")),
                rows.stream()
                        .map(r -> r.getJsonNumber("balance_after").bigDecimalValue())
                        .toList());
        assertEquals(
                3, rows.stream().map(r -> r.getString("reference")).distinct().count());
        assertTrue(rows.get(0).getString("created_at").endsWith("Z"));
        assertEquals(new BigDecimal("35.00"), accounts.balance(alice, token));

        ApiResponse page = api.get("/v1/customers/" + alice + "/wallet/transactions?limit=1&offset=2")
                .token(token)
                .send();
        assertEquals("refund", page.jsonArray().getJsonObject(0).getString("kind"));
        assertEquals(
                400,
                api.get("/v1/customers/" + alice + "/wallet/transactions?limit=x")
                        .token(token)
                        .send()
                        .status());
    }

    @Test
    void theLedgerIsForTheOwnerAndEmployees() {
        String alice = accounts.newCustomer();
        String path = "/v1/customers/" + alice + "/wallet/transactions";
        assertEquals(401, api.get(path).send().status());
        assertEquals(
                403,
                api.get(path)
                        .token(accounts.token(accounts.newCustomer()))
                        .send()
                        .status());
        assertEquals(403, api.get(path).token(accounts.serviceToken()).send().status());
        assertEquals(200, api.get(path).token(accounts.adminToken()).send().status());
    }

    private ApiResponse move(String username, String operation, String amount, String token) {
        return api.put("/v1/customers/" + username + "/" + operation, "{\"amount\": " + amount + "}")
                .token(token)
                .send();
    }

    /** Deducts, and answers the debit's ledger id. */
    private long debit(String username, String amount, String token, String key) {
        var request = api.put("/v1/customers/" + username + "/deduct", "{\"amount\": " + amount + "}")
                .token(token);
        ApiResponse response = (key == null ? request : request.header("Idempotency-Key", key)).send();
        assertEquals(200, response.status(), response::toString);
        List<JsonObject> rows = rows(username);
        JsonObject last = rows.get(rows.size() - 1);
        assertEquals("deduct", last.getString("kind"));
        return last.getJsonNumber("id").longValue();
    }

    private ApiResponse refund(String username, String body, String token) {
        return api.put("/v1/customers/" + username + "/refund", body)
                .token(token)
                .send();
    }

    private ApiResponse keyedRefund(String username, String body, String token, String key) {
        return api.put("/v1/customers/" + username + "/refund", body)
                .token(token)
                .header("Idempotency-Key", key + "-" + username)
                .send();
    }

    private List<JsonObject> rows(String username) {
        return api.get("/v1/customers/" + username + "/wallet/transactions?limit=100")
                .token(accounts.adminToken())
                .send()
                .jsonArray()
                .getValuesAs(JsonObject.class);
    }

    private long subject(String username) {
        return api.get("/v1/customers/" + username)
                .token(accounts.adminToken())
                .send()
                .json()
                .getJsonNumber("id")
                .longValue();
    }

    private static void assertInvalid(ApiResponse response, String field) {
        assertEquals(400, response.status(), response::toString);
        assertEquals(
                field, response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static void assertUnmatched(ApiResponse response, String what) {
        assertEquals(409, response.status(), () -> what + ": " + response);
        assertEquals(ProblemType.REFUND_UNMATCHED.uri(), response.json().getString("type"), what);
    }

    private static void assertBalance(String expected, ApiResponse response) {
        assertBalance(expected, response, "wallet_balance");
    }

    private static void assertBalance(String expected, ApiResponse response, String member) {
        assertEquals(200, response.status(), response::toString);
        assertEquals(
                new BigDecimal(expected), response.json().getJsonNumber(member).bigDecimalValue());
    }
}

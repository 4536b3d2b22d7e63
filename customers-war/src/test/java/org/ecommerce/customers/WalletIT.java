package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
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
        assertEquals(401, move(alice, "refund", "5", null).status());
        assertEquals(403, move(alice, "refund", "5", accounts.token(alice)).status(), "not even the owner");
        assertBalance("5.00", move(alice, "refund", "5", accounts.adminToken()));
        assertBalance("10.00", move(alice, "refund", "5", accounts.serviceToken()));
    }

    @Test
    void aRefundStillReachesADeletedCustomersWallet() {
        // Money taken before an account was closed must go back, not vanish: a sale compensated late needs this.
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        move(alice, "charge", "10", token);
        move(alice, "deduct", "4", accounts.serviceToken());
        assertEquals(
                204, api.delete("/v1/customers/" + alice).token(token).send().status());

        assertBalance("10.00", move(alice, "refund", "4", accounts.serviceToken()));
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
                move(Accounts.freshUsername(), "refund", "1", accounts.serviceToken())
                        .status());
    }

    @Test
    void theLedgerRecordsEveryMoveAndEndsAtTheBalance() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        move(alice, "charge", "50", token);
        move(alice, "deduct", "20.25", accounts.serviceToken());
        move(alice, "refund", "5.25", accounts.adminToken());

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
        assertEquals(
                new BigDecimal("35.00"),
                api.get("/v1/customers/" + alice)
                        .token(token)
                        .send()
                        .json()
                        .getJsonNumber("wallet_balance")
                        .bigDecimalValue());

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

    private static void assertBalance(String expected, ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        assertEquals(
                new BigDecimal(expected),
                response.json().getJsonNumber("wallet_balance").bigDecimalValue());
    }
}

package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on the money-moving operations, as docs/API.md settles it. */
class IdempotencyIT extends CustomersIT {

    @Test
    void aRepeatedRequestIsAppliedOnceAndAnsweredTheSame() throws SQLException {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        ApiResponse first = charge(alice, token, "key-1", "{\"amount\": 10}");
        ApiResponse second = charge(alice, token, "key-1", "{\"amount\": 10.00}");
        ApiResponse third = charge(alice, token, "key-1", "{ \"amount\" : 10.0 }");

        assertEquals(200, first.status());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(first.body(), second.body());
        assertEquals(first.body(), third.body());
        assertEquals("true", third.header("Idempotent-Replayed"));
        assertEquals(1, ledgerRows(alice));
        assertEquals(new BigDecimal("10.00"), balance(alice, token));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws SQLException {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        charge(alice, token, "key-2", "{\"amount\": 10}");
        ApiResponse other = charge(alice, token, "key-2", "{\"amount\": 11}");
        assertEquals(422, other.status(), other::toString);
        assertEquals("application/problem+json;charset=UTF-8", other.contentType());
        assertEquals(1, ledgerRows(alice));
    }

    @Test
    void aRefusalIsReplayedTooButAServerErrorIsNot() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        ApiResponse refused = api.put("/v1/customers/" + alice + "/deduct", "{\"amount\": 5}")
                .token(token)
                .header("Idempotency-Key", "key-3")
                .send();
        assertEquals(409, refused.status());
        charge(alice, token, null, "{\"amount\": 50}");
        // The same request again gets the first answer, although the money is there now.
        ApiResponse replay = api.put("/v1/customers/" + alice + "/deduct", "{\"amount\": 5}")
                .token(token)
                .header("Idempotency-Key", "key-3")
                .send();
        assertEquals(409, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(new BigDecimal("50.00"), balance(alice, token));
    }

    @Test
    void keysAreScopedByCallerAndPath() throws SQLException {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        charge(alice, token, "shared", "{\"amount\": 10}");
        charge(alice, accounts.adminToken(), "shared", "{\"amount\": 10}");
        ApiResponse deduct = api.put("/v1/customers/" + alice + "/deduct", "{\"amount\": 1}")
                .token(token)
                .header("Idempotency-Key", "shared")
                .send();
        assertEquals(200, deduct.status(), deduct::toString);
        assertEquals(3, ledgerRows(alice));
        assertEquals(new BigDecimal("19.00"), balance(alice, token));
    }

    @Test
    void oneKeyOnTwoWalletsMovesBoth() throws SQLException {
        // The scope is caller + method + path, and the path names the wallet.
        String alice = accounts.newCustomer();
        String bob = accounts.newCustomer();
        String admin = accounts.adminToken();
        assertEquals(200, charge(alice, admin, "top-up", "{\"amount\": 5}").status());
        ApiResponse second = charge(bob, admin, "top-up", "{\"amount\": 5}");
        assertEquals(200, second.status(), second::toString);
        assertNull(second.header("Idempotent-Replayed"));
        assertEquals(1, ledgerRows(alice));
        assertEquals(1, ledgerRows(bob));
    }

    @Test
    void aKeyReplaysWhateverLetterCaseThePathSpellsTheUsernameIn() throws SQLException {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        assertEquals(200, charge(alice, token, "case", "{\"amount\": 5}").status());
        ApiResponse repeat = charge(alice.toUpperCase(java.util.Locale.ROOT), token, "case", "{\"amount\": 5}");
        assertEquals(200, repeat.status(), repeat::toString);
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(1, ledgerRows(alice));
    }

    @Test
    void malformedKeysAreRefused() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        assertEquals(
                400, charge(alice, token, "k".repeat(101), "{\"amount\": 1}").status());
        assertEquals(400, charge(alice, token, "", "{\"amount\": 1}").status());
        assertEquals(400, charge(alice, token, "tab\there", "{\"amount\": 1}").status());
        assertEquals(
                200, charge(alice, token, "k".repeat(100), "{\"amount\": 1}").status());
    }

    @Test
    void aRepeatWhileTheFirstIsInProgressIs409() throws SQLException {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        String subject = api.get("/v1/customers/" + alice)
                .token(token)
                .send()
                .json()
                .get("id")
                .toString();
        // Hold the key's row the way an unfinished first request holds it: inserted, not committed.
        try (Connection db = ItSettings.get().database()) {
            db.setAutoCommit(false);
            try (PreparedStatement claim = db.prepareStatement("INSERT INTO customers.idempotency_key "
                    + "(caller, method, path, idem_key, fingerprint) VALUES (?, 'PUT', ?, 'busy', ?)")) {
                claim.setString(1, subject);
                claim.setString(2, "/v1/customers/" + alice + "/charge");
                claim.setString(3, "0".repeat(64));
                claim.executeUpdate();
            }
            ApiResponse concurrent = charge(alice, token, "busy", "{\"amount\": 1}");
            assertEquals(409, concurrent.status(), concurrent::toString);
            assertEquals(
                    "urn:ecommerce:problem:idempotency-key-in-use",
                    concurrent.json().getString("type"));
            db.rollback();
        }
        // Once the first gave up, the key is free again.
        assertEquals(200, charge(alice, token, "busy", "{\"amount\": 1}").status());
    }

    @Test
    void keysAreKeptAtLeastADayAndForgottenAfterTheRetention() throws Exception {
        try (Connection db = ItSettings.get().database()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO customers.idempotency_key "
                    + "(caller, method, path, idem_key, fingerprint, status, created_at) VALUES "
                    + "('purge-test', 'PUT', '/x', ?, ?, 200, now() - make_interval(hours => ?))")) {
                for (Object[] row : new Object[][] {{"old", 49}, {"day-old", 25}}) {
                    insert.setString(1, (String) row[0]);
                    insert.setString(2, "0".repeat(64));
                    insert.setInt(3, (Integer) row[1]);
                    insert.executeUpdate();
                }
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (keys(db).contains("old") && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(java.util.List.of("day-old"), keys(db));
        }
    }

    private static java.util.List<String> keys(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT idem_key FROM customers.idempotency_key "
                        + "WHERE caller = 'purge-test' ORDER BY idem_key");
                ResultSet rows = query.executeQuery()) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }

    private ApiResponse charge(String username, String token, String key, String body) {
        var call = api.put("/v1/customers/" + username + "/charge", body).token(token);
        if (key != null) {
            call.header("Idempotency-Key", key);
        }
        return call.send();
    }

    private BigDecimal balance(String username, String token) {
        return accounts.balance(username, token);
    }

    static int ledgerRows(String username) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM customers.wallet_transaction t "
                        + "JOIN customers.customer c ON c.id = t.customer_id WHERE c.username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

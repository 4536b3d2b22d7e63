package org.ecommerce.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Deduct and restock: roles, rules, idempotency, and stock that never goes wrong under concurrency. */
class StockIT extends InventoryIT {

    @Test
    void deductAndRestockAreForEmployeesAndServicesNeverCustomers() throws Exception {
        long id = id(addGood(10));
        for (String operation : new String[] {"deduct", "restock"}) {
            assertEquals(401, move(id, operation, 1, null).status(), operation);
            assertEquals(403, move(id, operation, 1, customer).status(), operation);
        }
        assertEquals(9, move(id, "deduct", 1, service).json().getInt("count"));
        assertEquals(7, move(id, "deduct", 2, emp).json().getInt("count"));
        assertEquals(10, move(id, "restock", 3, service).json().getInt("count"));
        assertEquals(12, move(id, "restock", 2, emp).json().getInt("count"));
        assertArrayEquals(new int[] {12, 12, 5}, stockAndLedgerSum(id));
    }

    @Test
    void stockNeverGoesBelowZero() throws Exception {
        long id = id(addGood(2));
        ApiResponse refused = move(id, "deduct", 3, service);
        assertEquals(409, refused.status());
        assertEquals("urn:ecommerce:problem:insufficient-stock", refused.json().getString("type"));
        assertEquals(0, move(id, "deduct", 2, service).json().getInt("count"));
        assertEquals(409, move(id, "deduct", 1, service).status());
        assertArrayEquals(new int[] {0, 0, 2}, stockAndLedgerSum(id));
    }

    @Test
    void countsAreValidated() {
        long id = id(addGood(2));
        for (String body : new String[] {
            "{\"count\": 0}",
            "{\"count\": -1}",
            "{\"count\": 1.5}",
            "{\"count\": \"1\"}",
            "{}",
            "{\"count\": 1, \"reference\": \"x\"}"
        }) {
            assertEquals(
                    400,
                    api.put(GOODS + "/" + id + "/deduct", body)
                            .token(emp)
                            .send()
                            .status(),
                    body);
            assertEquals(
                    400,
                    api.put(GOODS + "/" + id + "/restock", body)
                            .token(emp)
                            .send()
                            .status(),
                    body);
        }
    }

    @Test
    void aRepeatedDeductionWithTheSameKeyIsAppliedOnce() throws Exception {
        long id = id(addGood(10));
        ApiResponse first = keyed(id, "deduct", 2, "sale-1-stock");
        ApiResponse second = keyed(id, "deduct", 2, "sale-1-stock");
        assertEquals(200, first.status());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertEquals(first.body(), second.body());
        assertArrayEquals(new int[] {8, 8, 2}, stockAndLedgerSum(id));

        ApiResponse other = keyed(id, "deduct", 3, "sale-1-stock");
        assertEquals(422, other.status());
        assertArrayEquals(new int[] {8, 8, 2}, stockAndLedgerSum(id));
    }

    @Test
    void aRepeatedRestockWithTheSameKeyIsAppliedOnce() throws Exception {
        long id = id(addGood(1));
        assertEquals(200, keyed(id, "restock", 4, "sale-2-compensation").status());
        assertEquals("true", keyed(id, "restock", 4, "sale-2-compensation").header("Idempotent-Replayed"));
        assertEquals(422, keyed(id, "restock", 5, "sale-2-compensation").status());
        assertArrayEquals(new int[] {5, 5, 2}, stockAndLedgerSum(id));
    }

    @Test
    void aKeyReplaysHoweverThePathSpellsTheGoodsId() throws Exception {
        long id = id(addGood(10));
        String key = "spelling-" + System.nanoTime();
        assertEquals(200, keyed(id, "deduct", 1, key).status());
        ApiResponse padded = api.put(GOODS + "/00" + id + "/deduct", "{\"count\": 1}")
                .token(service)
                .header("Idempotency-Key", key)
                .send();
        assertEquals(200, padded.status(), padded::toString);
        assertEquals("true", padded.header("Idempotent-Replayed"));
        assertArrayEquals(new int[] {9, 9, 2}, stockAndLedgerSum(id));
    }

    @Test
    void aKeyIsScopedByCallerOperationAndGoodAsItsPathIs() throws Exception {
        long a = id(addGood(10));
        long b = id(addGood(10));
        String key = "shared-" + System.nanoTime();
        ApiResponse first = keyed(a, "deduct", 1, key, service);
        ApiResponse otherGood = keyed(b, "deduct", 1, key, service);
        ApiResponse otherOperation = keyed(a, "restock", 3, key, service);
        ApiResponse otherCaller = keyed(a, "deduct", 2, key, emp);
        for (ApiResponse response : List.of(first, otherGood, otherOperation, otherCaller)) {
            assertEquals(200, response.status(), response::toString);
            assertNull(response.header("Idempotent-Replayed"), response::toString);
        }
        assertEquals(9, first.json().getInt("count"));
        assertEquals(9, otherGood.json().getInt("count"));
        assertEquals(12, otherOperation.json().getInt("count"));
        assertEquals(10, otherCaller.json().getInt("count"));
        assertArrayEquals(new int[] {10, 10, 4}, stockAndLedgerSum(a), "creation and three moves");
        assertArrayEquals(new int[] {9, 9, 2}, stockAndLedgerSum(b));
        // The reference names the scope all services share; the row names the service that acted.
        assertEquals(1, ledgerRowsWithReference(a, "deduct", key, "service", "service:sales"));
        assertEquals(1, ledgerRowsWithReference(b, "deduct", key, "service", "service:sales"));

        // Another sales instance, configured with another name, re-sending the same step: the same move.
        String renamed = Tokens.sign(
                Tokens.claims("service:sales-2", "sales-2", "service").build());
        ApiResponse resent = keyed(a, "deduct", 1, key, renamed);
        assertEquals(200, resent.status(), resent::toString);
        assertEquals("true", resent.header("Idempotent-Replayed"));
        assertArrayEquals(new int[] {10, 10, 4}, stockAndLedgerSum(a), "nothing moved again");
    }

    @Test
    void aRefusedDeductionIsReplayedAsRefusedEvenOnceStockIsBack() throws Exception {
        long id = id(addGood(1));
        ApiResponse refused = keyed(id, "deduct", 2, "sale-3-stock", service);
        assertEquals(409, refused.status());
        assertEquals(200, move(id, "restock", 5, emp).status());
        ApiResponse replay = keyed(id, "deduct", 2, "sale-3-stock", service);
        assertEquals(409, replay.status(), "the first outcome, not a fresh attempt");
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals("application/problem+json", replay.contentType().split(";")[0]);
        assertEquals("urn:ecommerce:problem:insufficient-stock", replay.json().getString("type"));
        assertArrayEquals(new int[] {6, 6, 2}, stockAndLedgerSum(id));
    }

    @Test
    void anIdempotencyKeyIsOneToOneHundredPrintableCharacters() throws Exception {
        long id = id(addGood(10));
        for (String bad : new String[] {"", "k".repeat(101)}) {
            for (String operation : new String[] {"deduct", "restock"}) {
                ApiResponse refused = keyed(id, operation, 1, bad, service);
                assertEquals(400, refused.status(), () -> operation + " with a key of " + bad.length());
                assertEquals(
                        "Idempotency-Key",
                        refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            }
        }
        assertEquals(9, keyed(id, "deduct", 1, "k".repeat(100), service).json().getInt("count"));
        assertArrayEquals(new int[] {9, 9, 2}, stockAndLedgerSum(id), "only the valid key moved stock");
    }

    @Test
    void aRestockBeyondTheLargestCountIsAConflictNotAnError() throws Exception {
        long id = id(addGood(1));
        ApiResponse refused = move(id, "restock", Integer.MAX_VALUE, emp);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("urn:ecommerce:problem:stock-limit", refused.json().getString("type"));
        assertEquals(
                400,
                api.put(GOODS + "/" + id + "/restock", "{\"count\": 2147483648}")
                        .token(emp)
                        .send()
                        .status(),
                "not an int at all");
        assertArrayEquals(new int[] {1, 1, 1}, stockAndLedgerSum(id));
    }

    @Test
    void twoHundredConcurrentDeductionsFromFiftySucceedExactlyFiftyTimes() throws Exception {
        long id = id(addGood(50));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> move(id, "deduct", 1, service).status());
            }
            for (Future<Integer> future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(150, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        // Stock 0, and the ledger (one creation row of +50, fifty rows of -1) sums to it.
        assertArrayEquals(new int[] {0, 0, 51}, stockAndLedgerSum(id));
    }

    private ApiResponse keyed(long id, String operation, int count, String key) {
        return keyed(id, operation, count, key, service);
    }

    private ApiResponse keyed(long id, String operation, int count, String key, String token) {
        return api.put(GOODS + "/" + id + "/" + operation, "{\"count\": " + count + "}")
                .token(token)
                .header("Idempotency-Key", key)
                .send();
    }

    /** Ledger rows of one good and kind whose reference carries the caller and, last, the key (as sales finds them). */
    private static int ledgerRowsWithReference(long id, String kind, String key, String scope, String caller)
            throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM inventory.stock_movement "
                        + "WHERE good_id = ? AND kind = ? AND reference LIKE ? AND requested_by = ?")) {
            query.setLong(1, id);
            query.setString(2, kind);
            query.setString(3, "%:" + scope + ":" + key);
            query.setString(4, caller);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

package org.ecommerce.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ecommerce.common.testing.ApiResponse;
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
        for (String body : new String[] {"{\"count\": 0}", "{\"count\": -1}", "{\"count\": 1.5}",
            "{\"count\": \"1\"}", "{}", "{\"count\": 1, \"reference\": \"x\"}"}) {
            assertEquals(400, api.put(GOODS + "/" + id + "/deduct", body).token(emp).send().status(), body);
            assertEquals(400, api.put(GOODS + "/" + id + "/restock", body).token(emp).send().status(), body);
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
        return api.put(GOODS + "/" + id + "/" + operation, "{\"count\": " + count + "}").token(service)
                .header("Idempotency-Key", key).send();
    }
}

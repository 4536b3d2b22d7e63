package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/** What a hostile caller can send: bodies and paths built to break the parser or the database, and floods. */
class HostileInputIT extends CustomersIT {

    private static final int FLOODERS = 64;
    // customers/mp-rest/readTimeout of sales: how long a purchase waits for its money step.
    private static final long SALES_READ_TIMEOUT_MILLIS = 2_500;

    @Test
    void aBodyNestedAThousandLevelsDeepIsABadRequest() {
        String deep = "{\"full_name\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}";
        assertBadRequest(api.post("/v1/customers", deep).send());
        String objects = "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000);
        assertBadRequest(api.post("/v1/auth/login", objects).send());
    }

    @Test
    void numbersTooLongOrTooLargeAreBadRequestsAndMoveNoMoney() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        for (String number : List.of("1" + "0".repeat(1_200), "1e9999999999", "1e999999999")) {
            assertBadRequest(api.put("/v1/customers/" + alice + "/charge", "{\"amount\": " + number + "}")
                    .token(token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .send());
        }
        assertBadRequest(api.post("/v1/auth/login", "{\"username\": 1e9999999999, \"password\": \"x\"}")
                .send());
        assertEquals(new BigDecimal("0.00"), accounts.balance(alice, token));
    }

    @Test
    void aPathNamingNoPossibleAccountIsNotFoundAndStoresNoKey() {
        String alice = accounts.newCustomer();
        String token = accounts.token(alice);
        String admin = accounts.adminToken();
        String key = UUID.randomUUID().toString();
        for (String name : List.of("a".repeat(1_001), "a".repeat(51), "al%C4%B0ce")) {
            for (String caller : List.of(token, admin)) {
                ApiResponse charge = api.put("/v1/customers/" + name + "/charge", "{\"amount\": 10}")
                        .token(caller)
                        .header("Idempotency-Key", key)
                        .send();
                assertTrue(charge.status() == 403 || charge.status() == 404, charge::toString);
                assertEquals("application/problem+json;charset=UTF-8", charge.contentType(), name);
            }
            assertEquals(
                    404,
                    api.put("/v1/customers/" + name + "/refund", "{\"amount\": 1, \"debit_id\": 1}")
                            .token(accounts.serviceToken())
                            .header("Idempotency-Key", key)
                            .send()
                            .status());
        }
        // The key was never stored for those paths: its first real use is answered afresh.
        ApiResponse real = api.put("/v1/customers/" + alice + "/charge", "{\"amount\": 10}")
                .token(token)
                .header("Idempotency-Key", key)
                .send();
        assertEquals(200, real.status(), real::toString);
        assertEquals(null, real.header("Idempotent-Replayed"));
    }

    @Test
    void aPathLongerThanAnyResourceIsAProblemNotAnError() {
        ApiResponse response = api.get("/v1/customers/" + "x".repeat(600))
                .token(accounts.adminToken())
                .send();
        assertEquals(404, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
    }

    @Test
    void purchasesKeepTheirMoneyStepsDuringAFloodOfLoginsToRandomNames() throws Exception {
        String alice = accounts.newCustomer();
        assertEquals(
                200,
                api.put("/v1/customers/" + alice + "/charge", "{\"amount\": 100}")
                        .token(accounts.token(alice))
                        .send()
                        .status());
        String service = accounts.serviceToken();
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger logins = new AtomicInteger();
        ExecutorService flood = Executors.newFixedThreadPool(FLOODERS);
        try {
            for (int i = 0; i < FLOODERS; i++) {
                flood.submit(() -> {
                    while (flooding.get()) {
                        api.post(
                                        "/v1/auth/login",
                                        "{\"username\": \"" + Accounts.freshUsername()
                                                + "\", \"password\": \"flood-passw0rd\"}")
                                .send();
                        logins.incrementAndGet();
                    }
                });
            }
            Thread.sleep(1_000);
            int startedWith = logins.get();
            // What a purchase asks of this service: a deduct under the service identity, keyed.
            long slowest = 0;
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                ApiResponse deduct = api.put("/v1/customers/" + alice + "/deduct", "{\"amount\": 1}")
                        .token(service)
                        .header("Idempotency-Key", "sale-" + UUID.randomUUID() + "-money")
                        .send();
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                slowest = Math.max(slowest, millis);
                assertEquals(200, deduct.status(), () -> "deduct during the flood: " + deduct);
                // Not a speed target: past sales's read timeout the purchase itself would fail.
                assertTrue(millis < SALES_READ_TIMEOUT_MILLIS, "deduct " + (i + 1) + " took " + millis + " ms");
            }
            assertTrue(logins.get() > startedWith, "the flood was still running");
            System.out.println("Deducts during a login flood: the slowest took " + slowest + " ms; "
                    + (logins.get() - startedWith) + " logins were answered meanwhile");
        } finally {
            flooding.set(false);
            flood.shutdown();
            assertTrue(flood.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(new BigDecimal("80.00"), accounts.balance(alice, accounts.adminToken()));
    }

    private static void assertBadRequest(ApiResponse response) {
        assertEquals(400, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertTrue(!response.body().contains("Exception") && !response.body().contains("parsson"), response::toString);
    }
}

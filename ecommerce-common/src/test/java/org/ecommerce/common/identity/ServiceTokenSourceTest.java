package org.ecommerce.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecommerce.common.testing.SettableClock;
import org.junit.jupiter.api.Test;

class ServiceTokenSourceTest {

    private final AtomicInteger logins = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private final ServiceTokenSource source = new ServiceTokenSource(
            () -> new ServiceToken(
                    "token-" + logins.incrementAndGet(), clock.instant().plusSeconds(900)),
            clock);

    @Test
    void aTokenIsReusedWhileItIsFarFromExpiry() {
        assertEquals("token-1", source.token());
        clock.advance(Duration.ofMinutes(10));
        assertEquals("token-1", source.token());
        assertEquals(1, logins.get());
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        assertEquals("token-1", source.token());
        clock.advance(Duration.ofSeconds(900).minus(ServiceTokenSource.REFRESH_MARGIN));
        assertEquals("token-2", source.token());
    }

    @Test
    void aRefusedTokenIsFetchedAgain() {
        String refused = source.token();
        source.invalidate(refused);
        assertEquals("token-2", source.token());
    }

    @Test
    void aRefusalOfATokenNoLongerHeldKeepsTheNewOne() {
        // Many calls were refused with token-1 at once: the first refusal costs a login, the others none.
        String refused = source.token();
        source.invalidate(refused);
        assertEquals("token-2", source.token());
        source.invalidate(refused);
        source.invalidate(refused);
        assertEquals("token-2", source.token());
        assertEquals(2, logins.get());
    }

    @Test
    void callersDuringALoginWaitForItAndNothingIsLockedMeanwhile() throws Exception {
        CountDownLatch inLogin = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServiceTokenSource slow = new ServiceTokenSource(
                () -> {
                    inLogin.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ServiceToken(
                            "token-" + logins.incrementAndGet(), clock.instant().plusSeconds(900));
                },
                clock);
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            tokens.add(callers.submit(slow::token));
            assertTrue(inLogin.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 3; i++) {
                tokens.add(callers.submit(slow::token));
            }
            // A refusal reported while the login runs returns at once: no lock is held across the login.
            Future<?> refusal = callers.submit(() -> slow.invalidate("token-0"));
            refusal.get(2, TimeUnit.SECONDS);
            release.countDown();
            for (Future<String> token : tokens) {
                assertEquals("token-1", token.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, logins.get(), "one login for all who waited");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedLoginReachesEveryoneWhoWaitedAndTheNextCallTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        ServiceTokenSource failing = new ServiceTokenSource(
                () -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("customers is down");
                    }
                    return new ServiceToken("token-ok", clock.instant().plusSeconds(900));
                },
                clock);
        assertThrows(IllegalStateException.class, failing::token);
        assertEquals("token-ok", failing.token());
    }

    @Test
    void theSecretNeverAppearsInTheCredentialsText() {
        String text = new ServiceCredentials("sales", "s3cret-value", "http://x/y").toString();
        assertEquals(-1, text.indexOf("s3cret-value"));
    }
}

package org.ecommerce.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceTokenSourceTest {

    private final AtomicInteger logins = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final ServiceTokenSource source = new ServiceTokenSource(
            () -> new ServiceToken("token-" + logins.incrementAndGet(), now.plusSeconds(900)), clock);

    @Test
    void aTokenIsReusedWhileItIsFarFromExpiry() {
        assertEquals("token-1", source.token());
        now = now.plus(Duration.ofMinutes(10));
        assertEquals("token-1", source.token());
        assertEquals(1, logins.get());
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        assertEquals("token-1", source.token());
        now = now.plusSeconds(900).minus(ServiceTokenSource.REFRESH_MARGIN);
        assertEquals("token-2", source.token());
    }

    @Test
    void anInvalidatedTokenIsFetchedAgain() {
        source.token();
        source.invalidate();
        assertEquals("token-2", source.token());
    }

    @Test
    void theSecretNeverAppearsInTheCredentialsText() {
        String text = new ServiceCredentials("sales", "s3cret-value", "http://x/y").toString();
        assertEquals(-1, text.indexOf("s3cret-value"));
    }
}

package org.ecommerce.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceCredentialsTest {

    @Test
    void aSecretShorterThan32BytesIsRefusedWithoutBeingNamed() {
        String secret = "s".repeat(31);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> ServiceCredentials.requireStrong(secret));
        assertTrue(e.getMessage().contains("ECOMMERCE_SERVICE_SECRET"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), "the message must not quote the secret");
    }

    @Test
    void thirtyTwoBytesOrNoSecretAtAllAreAccepted() {
        assertEquals("s".repeat(32), ServiceCredentials.requireStrong("s".repeat(32)));
        // Sixteen two-byte characters are 32 bytes of UTF-8.
        assertEquals("é".repeat(16), ServiceCredentials.requireStrong("é".repeat(16)));
        assertEquals("", ServiceCredentials.requireStrong(""));
    }

    @Test
    void theSecretNeverReachesALogThroughToString() {
        String secret = "x".repeat(40);
        assertFalse(new ServiceCredentials("sales", secret, "http://localhost/t")
                .toString()
                .contains(secret));
    }
}

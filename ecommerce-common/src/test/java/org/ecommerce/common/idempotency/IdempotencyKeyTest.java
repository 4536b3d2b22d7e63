package org.ecommerce.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecommerce.common.problem.Refusal;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void anAbsentHeaderMeansNoKey() {
        assertTrue(IdempotencyKey.fromHeader(null).isEmpty());
    }

    @Test
    void oneToOneHundredPrintableCharactersAreAccepted() {
        assertEquals("a", IdempotencyKey.fromHeader("a").orElseThrow().value());
        assertEquals(
                100,
                IdempotencyKey.fromHeader("k".repeat(100)).orElseThrow().value().length());
        assertEquals(
                "sale 42: debit",
                IdempotencyKey.fromHeader("sale 42: debit").orElseThrow().value());
    }

    @Test
    void emptyTooLongOrUnprintableKeysAreRefused() {
        for (String bad : new String[] {"", "k".repeat(101), "tab\t", "é", "new\nline"}) {
            Refusal e = assertThrows(Refusal.class, () -> IdempotencyKey.fromHeader(bad));
            assertEquals(Refusal.Kind.INVALID, e.kind());
            assertEquals("Idempotency-Key", e.errors().get(0).field());
        }
    }

    @Test
    void fingerprintsAreHashedToSixtyFourHexDigits() {
        String hash = Fingerprint.of("amount=10.00");
        assertEquals(64, hash.length());
        assertEquals(hash, Fingerprint.of("amount=10.00"));
        assertTrue(!hash.equals(Fingerprint.of("amount=10.01")));
    }
}

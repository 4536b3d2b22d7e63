package org.ecommerce.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aSaneIdFromTheClientIsKept() {
        assertEquals("abc-123_x.y:z", RequestId.acceptOrGenerate("abc-123_x.y:z"));
    }

    @Test
    void aMissingOrUnsafeIdIsReplacedByAUuid() {
        for (String bad : new String[] {null, "", "has space", "x".repeat(101), "line\nbreak", "<script>"}) {
            assertTrue(
                    RequestId.acceptOrGenerate(bad)
                            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-" + "[0-9a-f]{12}"),
                    String.valueOf(bad));
        }
    }

    @Test
    void generatedIdsAreVersion4UuidsAndDoNotRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestId.generate();
            java.util.UUID uuid = java.util.UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertTrue(seen.add(id), id);
        }
    }

    @Test
    void outsideARequestTheIdIsADash() {
        assertEquals("-", RequestId.current());
    }
}

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
    void outsideARequestTheIdIsADash() {
        assertEquals("-", RequestId.current());
    }
}

package org.ecommerce.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ecommerce.common.problem.Refusal;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAreFiftyFromTheStart() {
        assertEquals(new PageRequest(50, 0), PageRequest.of(null, null));
    }

    @Test
    void aLimitOverTwoHundredIsTreatedAsTwoHundred() {
        assertEquals(new PageRequest(200, 5), PageRequest.of(5000, 5));
        assertEquals(new PageRequest(200, 0), PageRequest.of(200, 0));
    }

    @Test
    void zeroIsAValidLimit() {
        assertEquals(new PageRequest(0, 0), PageRequest.of(0, null));
    }

    @Test
    void negativeValuesAreRefusedByName() {
        for (Integer[] bad : new Integer[][] {{-1, null}, {null, -1}}) {
            Refusal e = assertThrows(Refusal.class, () -> PageRequest.of(bad[0], bad[1]));
            assertEquals(Refusal.Kind.INVALID, e.kind());
            assertEquals(bad[0] == null ? "offset" : "limit", e.errors().get(0).field());
        }
    }
}

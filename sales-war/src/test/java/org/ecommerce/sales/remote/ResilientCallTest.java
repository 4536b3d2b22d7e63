package org.ecommerce.sales.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import org.ecommerce.common.problem.ApiException;
import org.ecommerce.sales.remote.StepResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a saga step makes of a 409, by the problem type the other service answered with. */
class ResilientCallTest {

    @ParameterizedTest
    @ValueSource(strings = {"insufficient-stock", "insufficient-funds"})
    void aShortageRefusesTheStep(String kind) {
        assertEquals(Outcome.REFUSED, ResilientCall.conflict(problem(kind)).outcome());
    }

    @Test
    void aMoveAlreadyAppliedIsDoneNotRefused() {
        // Refused, the sale would fail without giving back what the earlier call took.
        assertEquals(
                Outcome.DONE, ResilientCall.conflict(problem("already-applied")).outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"idempotency-key-in-use", "stock-limit", "balance-limit", "concurrent-change"})
    void anyOtherConflictSettlesNothing(String kind) {
        assertThrows(ProcessingException.class, () -> ResilientCall.conflict(problem(kind)));
    }

    @Test
    void aConflictWithoutAProblemDocumentSettlesNothing() {
        assertThrows(ProcessingException.class, () -> ResilientCall.conflict("<html>busy</html>"));
    }

    private static String problem(String kind) {
        return ApiException.conflict(kind, "detail").problem().toJson().toString();
    }
}

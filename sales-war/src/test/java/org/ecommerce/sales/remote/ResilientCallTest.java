package org.ecommerce.sales.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ecommerce.api.problem.Problem;
import org.ecommerce.api.problem.ProblemException;
import org.ecommerce.api.problem.ProblemExceptionMapper;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.api.problem.Unavailable;
import org.ecommerce.sales.remote.StepResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a saga step makes of the other service's answer, as its Rest Client throws it. */
class ResilientCallTest {

    private final ResilientCall call = new ResilientCall();

    @ParameterizedTest
    @EnumSource(
            value = ProblemType.class,
            names = {"INSUFFICIENT_STOCK", "INSUFFICIENT_FUNDS"})
    void aShortageRefusesTheStep(ProblemType type) {
        assertEquals(Outcome.REFUSED, answer(problem(type)).outcome());
    }

    @Test
    void aMoveAlreadyAppliedIsDoneNotRefused() {
        // Refused, the sale would fail without giving back what the earlier call took.
        assertEquals(Outcome.DONE, answer(problem(ProblemType.ALREADY_APPLIED)).outcome());
    }

    @Test
    void noSuchGoodOrCustomerIsNotFound() {
        assertEquals(Outcome.NOT_FOUND, answer(Problem.of(404, "No such good.")).outcome());
    }

    @ParameterizedTest
    @EnumSource(
            value = ProblemType.class,
            names = {"IDEMPOTENCY_KEY_IN_USE", "STOCK_LIMIT", "BALANCE_LIMIT", "CONCURRENT_CHANGE"})
    void anyOtherConflictSettlesNothing(ProblemType type) {
        assertThrows(ProblemException.class, () -> answer(problem(type)));
    }

    @Test
    void aServerErrorOrARefusedServiceIdentitySettlesNothing() {
        assertThrows(Unavailable.class, () -> answer(Problem.of(503, null)));
        assertThrows(ProblemException.class, () -> answer(Problem.of(403, null)));
    }

    @Test
    void anAnswerIsPassedOn() {
        StepResult done = StepResult.of(Outcome.DONE);
        assertEquals(done, call.call(() -> done));
    }

    private StepResult answer(Problem problem) {
        return call.call(() -> {
            throw ProblemExceptionMapper.exceptionFor(problem);
        });
    }

    private static Problem problem(ProblemType type) {
        return new Problem(type.uri(), "Conflict", type.status(), "detail", List.of());
    }
}

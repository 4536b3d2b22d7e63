package org.ecommerce.sales.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
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
    void aDebitGivenBackByAnotherRefundIsDone() {
        assertEquals(Outcome.DONE, answer(problem(ProblemType.ALREADY_REFUNDED)).outcome());
    }

    @Test
    void aRefundThatMatchesNoDebitSettlesNothing() {
        assertThrows(ProblemException.class, () -> answer(problem(ProblemType.REFUND_UNMATCHED)));
    }

    @Test
    void noSuchGoodOrCustomerIsNotFound() {
        assertEquals(Outcome.NOT_FOUND, answer(problem(ProblemType.NOT_FOUND)).outcome());
    }

    @Test
    void a404OfNoTypeOfThisSystemSettlesNothing() {
        // A path no application serves (yet), as a server answers while it deploys the service.
        assertThrows(ProblemException.class, () -> answer(Problem.of(404, null)));
        assertThrows(
                ProblemException.class,
                () -> answer(new Problem("https://example.org/not-here", "Not Found", 404, null, List.of())));
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
    void anAnswerIsPassedOnByEveryCall() {
        StepResult done = StepResult.of(Outcome.DONE);
        ResilientCall call = new ResilientCall();
        assertEquals(done, call.takeStock(() -> done));
        assertEquals(done, call.returnStock(() -> done));
        assertEquals(done, call.takeMoney(() -> done));
        assertEquals(done, call.returnMoney(() -> done));
    }

    @Test
    void eachDependencyAndDirectionHasABreakerOfItsOwn() {
        // Fault Tolerance keeps one circuit per annotated method: one method for all would let an inventory
        // outage stop the refunds to customers.
        List<String> guarded = Arrays.stream(ResilientCall.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.isAnnotationPresent(CircuitBreaker.class) && m.isAnnotationPresent(Retry.class))
                .map(Method::getName)
                .sorted()
                .toList();
        assertEquals(List.of("returnMoney", "returnStock", "takeMoney", "takeStock"), guarded);
    }

    private StepResult answer(Problem problem) {
        return ResilientCall.answer(() -> {
            throw ProblemExceptionMapper.exceptionFor(problem);
        });
    }

    private static Problem problem(ProblemType type) {
        return new Problem(type.uri(), "Conflict", type.status(), "detail", List.of());
    }
}

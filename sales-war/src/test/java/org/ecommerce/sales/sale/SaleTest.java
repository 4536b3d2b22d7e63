package org.ecommerce.sales.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecommerce.sales.remote.StepResult;
import org.ecommerce.sales.remote.StepResult.Outcome;
import org.ecommerce.sales.sale.Sale.Call;
import org.ecommerce.sales.sale.Sale.Status;
import org.ecommerce.sales.sale.Sale.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The saga's decisions, made by the sale from its own state: what to call next and what an answer means. */
class SaleTest {

    private static final StepResult STOCK_GIVEN = new StepResult(Outcome.DONE, null, "Lamp", new BigDecimal("2.50"));
    private static final StepResult MONEY_TAKEN = new StepResult(Outcome.DONE, new BigDecimal("92.50"), null, null);
    private static final StepResult MONEY_BACK = new StepResult(Outcome.DONE, new BigDecimal("100.00"), null, null);
    private static final StepResult DONE = StepResult.of(Outcome.DONE);

    private static Sale newSale() {
        return new Sale("alice", 7, 3, "42", "key-1", "f".repeat(64));
    }

    private static void assertState(
            Sale sale, Status status, Step stock, Step money, FailureReason reason, Optional<Call> next) {
        assertEquals(status, sale.status(), "status");
        assertEquals(stock, sale.stockStep(), "stock step");
        assertEquals(money, sale.moneyStep(), "money step");
        assertEquals(reason, sale.failureReason(), "failure reason");
        assertEquals(next, sale.nextCall(), "next call");
    }

    @Test
    void everySaleHasAStepKeyOfItsOwnThatNoIdCanRepeat() {
        String key = newSale().stepKey();
        assertTrue(key.matches("sale-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"), key);
        assertNotEquals(key, newSale().stepKey());
    }

    @Test
    void aNewSaleIsPendingWithItsStockStepAttemptedBeforeItIsSent() {
        Sale sale = newSale();
        assertState(sale, Status.PENDING, Step.ATTEMPTED, Step.NONE, null, Optional.of(Call.TAKE_STOCK));
        assertTrue(sale.isAttempted(Call.TAKE_STOCK));
        assertNull(sale.unitPrice(), "the price comes with the stock step");
    }

    @Test
    void stockGivenPricesTheSaleAndMarksTheMoneyStepAttemptedInTheSameCommit() {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        assertState(sale, Status.PENDING, Step.TAKEN, Step.ATTEMPTED, null, Optional.of(Call.TAKE_MONEY));
        assertTrue(sale.isAttempted(Call.TAKE_MONEY));
        assertEquals("Lamp", sale.goodName());
        assertEquals(new BigDecimal("2.50"), sale.unitPrice());
        assertEquals(new BigDecimal("7.50"), sale.totalPrice());
    }

    @Test
    void bothStepsTakenCompleteTheSaleWithTheBalanceCustomersAnswered() {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        sale.settle(Call.TAKE_MONEY, MONEY_TAKEN);
        assertState(sale, Status.COMPLETED, Step.TAKEN, Step.TAKEN, null, Optional.empty());
        assertEquals(new BigDecimal("92.50"), sale.remainingBalance());
    }

    static Stream<Arguments> stockRefusals() {
        return Stream.of(
                Arguments.of(Outcome.REFUSED, FailureReason.INSUFFICIENT_STOCK),
                Arguments.of(Outcome.NOT_FOUND, FailureReason.UNKNOWN_GOOD));
    }

    @ParameterizedTest
    @MethodSource("stockRefusals")
    void aRefusedStockStepFailsTheSaleAtOnceWithNothingTaken(Outcome outcome, FailureReason reason) {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, StepResult.of(outcome));
        assertState(sale, Status.FAILED, Step.NONE, Step.NONE, reason, Optional.empty());
    }

    static Stream<Arguments> moneyRefusals() {
        return Stream.of(
                Arguments.of(Outcome.REFUSED, FailureReason.INSUFFICIENT_FUNDS),
                Arguments.of(Outcome.NOT_FOUND, FailureReason.UNKNOWN_CUSTOMER));
    }

    @ParameterizedTest
    @MethodSource("moneyRefusals")
    void aRefusedMoneyStepGivesTheUnitsBackThenFails(Outcome outcome, FailureReason reason) {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        sale.settle(Call.TAKE_MONEY, StepResult.of(outcome));
        assertState(sale, Status.PENDING, Step.TAKEN, Step.NONE, reason, Optional.of(Call.RETURN_STOCK));
        assertTrue(sale.isAborting());
        sale.settle(Call.RETURN_STOCK, STOCK_GIVEN);
        assertState(sale, Status.FAILED, Step.RETURNED, Step.NONE, reason, Optional.empty());
    }

    @Test
    void aTotalOverTheCapGivesTheUnitsBackAndAsksForNoMoney() {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, new StepResult(Outcome.DONE, null, "Gold", new BigDecimal("400000.00")));
        assertState(
                sale,
                Status.PENDING,
                Step.TAKEN,
                Step.NONE,
                FailureReason.TOTAL_OVER_CAP,
                Optional.of(Call.RETURN_STOCK));
        assertNull(sale.totalPrice());
        sale.settle(Call.RETURN_STOCK, DONE);
        assertState(sale, Status.FAILED, Step.RETURNED, Step.NONE, FailureReason.TOTAL_OVER_CAP, Optional.empty());
    }

    @Test
    void stockTakenWithoutAPriceCannotBeChargedSoItGoesBack() {
        // An answer without the good: a step re-sent after inventory forgot its key answers "already applied".
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, DONE);
        assertState(
                sale, Status.PENDING, Step.TAKEN, Step.NONE, FailureReason.UNAVAILABLE, Optional.of(Call.RETURN_STOCK));
    }

    @Test
    void anAbortWithTheStockStepUnknownSettlesItByResendingThenGivesBack() {
        Sale sale = newSale();
        sale.abort(FailureReason.UNAVAILABLE);
        assertState(
                sale,
                Status.PENDING,
                Step.ATTEMPTED,
                Step.NONE,
                FailureReason.UNAVAILABLE,
                Optional.of(Call.TAKE_STOCK));
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        assertState(
                sale, Status.PENDING, Step.TAKEN, Step.NONE, FailureReason.UNAVAILABLE, Optional.of(Call.RETURN_STOCK));
        assertNull(sale.unitPrice(), "an undone sale is not priced");
        sale.settle(Call.RETURN_STOCK, DONE);
        assertState(sale, Status.FAILED, Step.RETURNED, Step.NONE, FailureReason.UNAVAILABLE, Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"REFUSED", "NOT_FOUND"})
    void anAbortWhoseResentStockStepWasNeverAppliedFailsKeepingTheFirstReason(Outcome outcome) {
        Sale sale = newSale();
        sale.abort(FailureReason.UNAVAILABLE);
        sale.settle(Call.TAKE_STOCK, StepResult.of(outcome));
        assertState(sale, Status.FAILED, Step.NONE, Step.NONE, FailureReason.UNAVAILABLE, Optional.empty());
    }

    @Test
    void anAbortWithTheMoneyStepUnknownSettlesItRefundsItThenGivesTheUnitsBack() {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        sale.abort(FailureReason.UNAVAILABLE);
        assertEquals(Optional.of(Call.TAKE_MONEY), sale.nextCall(), "money first: settle the unknown debit");
        sale.settle(Call.TAKE_MONEY, MONEY_TAKEN);
        assertState(
                sale,
                Status.PENDING,
                Step.TAKEN,
                Step.TAKEN,
                FailureReason.UNAVAILABLE,
                Optional.of(Call.RETURN_MONEY));
        sale.settle(Call.RETURN_MONEY, MONEY_BACK);
        assertState(
                sale,
                Status.PENDING,
                Step.TAKEN,
                Step.RETURNED,
                FailureReason.UNAVAILABLE,
                Optional.of(Call.RETURN_STOCK));
        assertEquals(new BigDecimal("100.00"), sale.remainingBalance());
        sale.settle(Call.RETURN_STOCK, DONE);
        assertState(sale, Status.FAILED, Step.RETURNED, Step.RETURNED, FailureReason.UNAVAILABLE, Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"REFUSED", "NOT_FOUND"})
    void anUnknownDebitThatWasNeverAppliedNeedsNoRefund(Outcome outcome) {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        sale.abort(FailureReason.UNAVAILABLE);
        sale.settle(Call.TAKE_MONEY, StepResult.of(outcome));
        assertState(
                sale, Status.PENDING, Step.TAKEN, Step.NONE, FailureReason.UNAVAILABLE, Optional.of(Call.RETURN_STOCK));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anUnknownOutcomeSettlesNothing(Call call) {
        assertFalse(Sale.isSettledBy(call, Outcome.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> newSale().settle(call, StepResult.of(Outcome.UNKNOWN)));
    }

    @ParameterizedTest
    @EnumSource(
            value = Outcome.class,
            names = {"REFUSED", "NOT_FOUND", "UNKNOWN"})
    void givingBackIsSettledOnlyByHavingGivenBack(Outcome outcome) {
        assertFalse(Sale.isSettledBy(Call.RETURN_MONEY, outcome));
        assertFalse(Sale.isSettledBy(Call.RETURN_STOCK, outcome));
        assertTrue(Sale.isSettledBy(Call.RETURN_STOCK, Outcome.DONE));
        assertTrue(Sale.isSettledBy(Call.TAKE_MONEY, outcome == Outcome.UNKNOWN ? Outcome.DONE : outcome));
    }

    @Test
    void onlyAForwardStepNeedsItsAttemptRecordedBeforeTheCall() {
        Sale sale = newSale();
        assertFalse(sale.isAttempted(Call.TAKE_MONEY));
        sale.attempt(Call.TAKE_MONEY);
        assertTrue(sale.isAttempted(Call.TAKE_MONEY));
        assertEquals(Step.ATTEMPTED, sale.moneyStep());
        assertTrue(sale.isAttempted(Call.RETURN_STOCK), "giving back needs no mark");
        assertTrue(sale.isAttempted(Call.RETURN_MONEY), "giving back needs no mark");
    }

    @Test
    void aSettledSaleCallsNothingMoreAndRefusesIllegalMoves() {
        Sale sale = newSale();
        sale.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        sale.settle(Call.TAKE_MONEY, MONEY_TAKEN);
        assertEquals(Optional.empty(), sale.nextCall());
        Sale holding = newSale();
        holding.settle(Call.TAKE_STOCK, STOCK_GIVEN);
        assertThrows(IllegalStateException.class, holding::fail, "it still holds stock");
        assertThrows(IllegalStateException.class, holding::complete, "the money is not taken");
    }
}

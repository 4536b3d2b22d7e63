package org.ecommerce.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.common.problem.Refusal;
import org.ecommerce.common.security.Caller;
import org.junit.jupiter.api.Test;

/** A move of a wallet or a stock: the database's refusals as answers, and references that collide only with a repeat. */
class LedgerMoveTest {

    private static final Caller SALES = new Caller("service:sales", "sales", Set.of("service"));
    private static final Caller EMP = new Caller("1", "boss", Set.of("emp"));
    private static final Refusal SHORT = Refusal.conflict(ProblemType.INSUFFICIENT_STOCK, "Insufficient");
    private static final Refusal LIMIT = Refusal.conflict(ProblemType.STOCK_LIMIT, "Too much");

    @Test
    void aMoveChangesTheBalanceThenRecordsIt() {
        LedgerMove.Moved<Integer> moved =
                LedgerMove.apply(() -> Optional.of(5), () -> SHORT, () -> LIMIT, b -> "ref-" + b);
        assertEquals(5, moved.balance());
        assertEquals("ref-5", moved.reference());
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        AtomicBoolean recorded = new AtomicBoolean();
        assertSame(
                SHORT,
                assertThrows(
                        Refusal.class,
                        () -> LedgerMove.<Integer>apply(Optional::empty, () -> SHORT, () -> LIMIT, b -> {
                            recorded.set(true);
                            return "ref";
                        })));
        assertFalse(recorded.get());
    }

    @Test
    void aBalanceOutOfItsColumnsRangeIsTheLimit() {
        assertSame(
                LIMIT,
                assertThrows(
                        Refusal.class,
                        () -> LedgerMove.<Integer>apply(
                                () -> {
                                    throw sqlState(SqlStates.NUMERIC_VALUE_OUT_OF_RANGE);
                                },
                                () -> SHORT,
                                () -> LIMIT,
                                b -> "ref")));
    }

    @Test
    void aReferenceTheLedgerHoldsIsAlreadyApplied() {
        Refusal e = assertThrows(
                Refusal.class,
                () -> LedgerMove.apply(() -> Optional.of(5), () -> SHORT, () -> LIMIT, b -> {
                    throw sqlState(SqlStates.UNIQUE_VIOLATION);
                }));
        assertEquals(ProblemType.ALREADY_APPLIED, e.type());
        assertEquals(Refusal.Kind.CONFLICT, e.kind());
    }

    @Test
    void anyOtherDatabaseErrorIsNotAnAnswer() {
        assertThrows(
                PersistenceException.class,
                () -> LedgerMove.apply(() -> Optional.of(5), () -> SHORT, () -> LIMIT, b -> {
                    throw sqlState("40001");
                }));
    }

    @Test
    void aKeyedMoveHasOneReferenceHoweverOftenItIsSent() {
        assertEquals(
                LedgerMove.reference("deduct", "good-7", SALES, "sale-42-stock"),
                LedgerMove.reference("deduct", "good-7", SALES, "sale-42-stock"));
    }

    @Test
    void aKeyIsScopedLikeItsIdempotencyScopeByCallerOperationAndOwner() {
        String reference = LedgerMove.reference("deduct", "good-7", SALES, "k");
        assertNotEquals(reference, LedgerMove.reference("deduct", "good-8", SALES, "k"), "another good");
        assertNotEquals(reference, LedgerMove.reference("restock", "good-7", SALES, "k"), "another operation");
        assertNotEquals(reference, LedgerMove.reference("deduct", "good-7", EMP, "k"), "another caller");
    }

    @Test
    void aServicesMovesDoNotDependOnTheNameItIsConfiguredWith() {
        // Two sales instances named differently, or one renamed between a crash and its recovery: one move.
        Caller renamed = new Caller("service:sales-b", "sales-b", Set.of("service"));
        assertEquals(
                LedgerMove.reference("deduct", "customer-3", SALES, "sale-1f0e-debit"),
                LedgerMove.reference("deduct", "customer-3", renamed, "sale-1f0e-debit"));
        assertEquals("deduct:customer-3:service:k", LedgerMove.reference("deduct", "customer-3", SALES, "k"));
    }

    @Test
    void theKeyEndsTheReferenceSoASalesMovesAreFound() {
        assertTrue(LedgerMove.reference("restock", "good-7", SALES, "sale-42-restock")
                .endsWith(":sale-42-restock"));
    }

    @Test
    void anUnkeyedMoveIsAlwaysNew() {
        assertNotEquals(
                LedgerMove.reference("deduct", "good-7", SALES, null),
                LedgerMove.reference("deduct", "good-7", SALES, null));
    }

    private static PersistenceException sqlState(String state) {
        return new PersistenceException(new SQLException("refused", state));
    }
}

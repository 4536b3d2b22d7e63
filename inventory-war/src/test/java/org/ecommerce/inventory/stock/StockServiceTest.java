package org.ecommerce.inventory.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.ecommerce.common.security.Caller;
import org.junit.jupiter.api.Test;

/** The ledger references that make a keyed stock move collide with its own repeat and with nothing else. */
class StockServiceTest {

    private static final Caller SALES = new Caller("service:sales", "sales", Set.of("service"));
    private static final Caller EMP = new Caller("1", "boss", Set.of("emp"));

    @Test
    void aKeyedMoveHasOneReferenceHoweverOftenItIsSent() {
        assertEquals(
                StockService.reference(MovementKind.DEDUCT, 7, SALES, "sale-42-stock"),
                StockService.reference(MovementKind.DEDUCT, 7, SALES, "sale-42-stock"));
    }

    @Test
    void aKeyIsScopedLikeItsIdempotencyScopeByCallerOperationAndGood() {
        String reference = StockService.reference(MovementKind.DEDUCT, 7, SALES, "k");
        assertNotEquals(reference, StockService.reference(MovementKind.DEDUCT, 8, SALES, "k"), "another good");
        assertNotEquals(reference, StockService.reference(MovementKind.RESTOCK, 7, SALES, "k"), "another operation");
        assertNotEquals(reference, StockService.reference(MovementKind.DEDUCT, 7, EMP, "k"), "another caller");
    }

    @Test
    void theKeyEndsTheReferenceSoASalesMovesAreFound() {
        assertTrue(StockService.reference(MovementKind.RESTOCK, 7, SALES, "sale-42-restock")
                .endsWith(":sale-42-restock"));
    }

    @Test
    void anUnkeyedMoveIsAlwaysNew() {
        assertNotEquals(
                StockService.reference(MovementKind.DEDUCT, 7, SALES, null),
                StockService.reference(MovementKind.DEDUCT, 7, SALES, null));
    }

    @Test
    void aMovementMovesSomething() {
        assertThrows(
                IllegalArgumentException.class, () -> new StockMovement(7, MovementKind.ADJUST, 0, 5, "adjust:x", "1"));
    }

    @Test
    void aStockRequestIsFingerprintedByItsCount() {
        assertEquals(new StockRequest(3).fingerprint(), new StockRequest(3).fingerprint());
        assertNotEquals(new StockRequest(3).fingerprint(), new StockRequest(4).fingerprint());
    }
}

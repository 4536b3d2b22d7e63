package org.ecommerce.inventory.stock;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Stock movements as the ledger takes them. */
class StockMovementTest {

    @Test
    void aMovementMovesSomething() {
        assertThrows(
                IllegalArgumentException.class, () -> new StockMovement(7, MovementKind.ADJUST, 0, 5, "adjust:x", "1"));
    }
}

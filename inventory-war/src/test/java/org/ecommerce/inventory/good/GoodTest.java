package org.ecommerce.inventory.good;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.ecommerce.api.inventory.Category;
import org.junit.jupiter.api.Test;

class GoodTest {

    private static Good good(int stock) {
        return new Good("Apple", Category.FOOD, new BigDecimal("2.5"), null, stock);
    }

    @Test
    void aGoodCannotStartWithNegativeStock() {
        assertThrows(IllegalArgumentException.class, () -> good(-1));
        assertEquals(0, good(0).stockCount());
    }

    @Test
    void pricesAreKeptWithTwoDecimalsAsTheDatabaseStoresThem() {
        Good good = good(1);
        assertEquals("2.50", good.price().toPlainString());
        good.reprice(new BigDecimal("7"));
        assertEquals("7.00", good.price().toPlainString());
        good.reprice(new BigDecimal("7.100"));
        assertEquals("7.10", good.price().toPlainString(), "trailing zeros are not precision");
    }

    @Test
    void aPriceIsNeverRoundedSilently() {
        Good good = good(1);
        assertThrows(ArithmeticException.class, () -> good.reprice(new BigDecimal("1.999")));
        assertEquals("2.50", good.price().toPlainString());
    }

    @Test
    void aCountedStockReportsItsDifferenceForTheLedger() {
        Good good = good(10);
        assertEquals(-6, good.adjustStockTo(4));
        assertEquals(4, good.stockCount());
        assertEquals(3, good.adjustStockTo(7));
        assertEquals(0, good.adjustStockTo(7));
    }

    @Test
    void aCountedStockBelowZeroIsRefused() {
        Good good = good(3);
        assertThrows(IllegalArgumentException.class, () -> good.adjustStockTo(-1));
        assertEquals(3, good.stockCount());
    }

    @Test
    void deletionIsAMarkNotALoss() {
        Good good = good(5);
        assertFalse(good.isDeleted());
        good.markDeleted();
        good.markDeleted();
        assertTrue(good.isDeleted());
        assertEquals(5, good.stockCount());
        assertEquals(Category.FOOD, good.category());
    }
}

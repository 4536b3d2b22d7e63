package org.ecommerce.api.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void acceptsPositiveAmountsUpToTheCapWithTwoDecimals() {
        for (String ok : new String[] {"0.01", "1", "10.5", "10.50", "10.500", "1000000", "1000000.00"}) {
            assertTrue(Money.Validator.isValid(new BigDecimal(ok)), ok);
        }
    }

    @Test
    void refusesZeroNegativeTooPreciseAndTooLarge() {
        for (String bad : new String[] {"0", "0.00", "-1", "10.001", "0.005", "1000000.01", "1e7"}) {
            assertFalse(Money.Validator.isValid(new BigDecimal(bad)), bad);
        }
    }

    @Test
    void nullIsLeftToNotNull() {
        assertTrue(new Money.Validator().isValid(null, null));
    }
}

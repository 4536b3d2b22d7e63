package org.ecommerce.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumColumnTest {

    enum Step {
        NONE,
        IN_PROGRESS
    }

    @Test
    void constantsAreStoredInLowerCaseByDefault() {
        EnumColumn<Step> column = new EnumColumn<>(Step.class);
        assertEquals("in_progress", column.name(Step.IN_PROGRESS));
        assertEquals(Step.NONE, column.of("none"));
    }

    @Test
    void aNameOfItsOwnReadsBack() {
        EnumColumn<Step> column =
                new EnumColumn<>(Step.class, s -> s.name().toLowerCase().replace('_', ' '));
        assertEquals("in progress", column.name(Step.IN_PROGRESS));
        assertEquals(Step.IN_PROGRESS, column.of("in progress"));
    }

    @Test
    void nullIsNull() {
        EnumColumn<Step> column = new EnumColumn<>(Step.class);
        assertNull(column.name(null));
        assertNull(column.of(null));
    }

    @Test
    void aTextNoConstantHasIsABrokenRow() {
        EnumColumn<Step> column = new EnumColumn<>(Step.class);
        assertThrows(IllegalStateException.class, () -> column.of("NONE"));
        assertThrows(IllegalStateException.class, () -> column.of("done"));
    }
}

package org.ecommerce.api.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryTest {

    @ParameterizedTest
    @EnumSource(Category.class)
    void everyCategoryIsNamedInLowerCaseAndParsesBack(Category category) {
        assertEquals(category.name().toLowerCase(), category.value());
        assertEquals(Optional.of(category), Category.of(category.value()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "toys", "Food", "FOOD", " food", "food ", "clothing", "electronic"})
    void anythingElseIsUnknown(String value) {
        assertTrue(Category.of(value).isEmpty(), () -> "'" + value + "'");
    }

    @Test
    void theValidationPatternAcceptsExactlyTheCategories() {
        for (Category category : Category.values()) {
            assertTrue(category.value().matches(Category.PATTERN), category::value);
        }
        for (String other : new String[] {"toys", "Food", "food|clothes", "foodclothes", ""}) {
            assertFalse(other.matches(Category.PATTERN), other);
        }
    }
}

package org.ecommerce.common.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CreateDatabaseTest {

    @Test
    void readsTheDatabaseNameFromTheUrl() {
        assertEquals("ecommerce", CreateDatabase.databaseName("jdbc:postgresql://localhost:5432/ecommerce"));
        assertEquals("shop_1", CreateDatabase.databaseName("jdbc:postgresql://db:5432/shop_1?sslmode=require"));
    }

    @Test
    void refusesUrlsItCannotSafelyUse() {
        for (String bad : new String[] {
            "jdbc:mysql://x/db", "jdbc:postgresql://x/", "jdbc:postgresql://x/a;drop", "jdbc:postgresql://x/a-b"
        }) {
            assertThrows(IllegalArgumentException.class, () -> CreateDatabase.databaseName(bad), bad);
        }
    }
}

package org.ecommerce.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonNamesTest {

    @Test
    void camelCaseBecomesSnakeCase() {
        assertEquals("full_name", JsonNames.snakeCase("fullName"));
        assertEquals("wallet_balance", JsonNames.snakeCase("walletBalance"));
        assertEquals("age", JsonNames.snakeCase("age"));
        assertEquals("good_id", JsonNames.snakeCase("goodId"));
    }
}

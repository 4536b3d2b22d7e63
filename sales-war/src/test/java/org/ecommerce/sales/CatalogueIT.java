package org.ecommerce.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.StubServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue, read from inventory (played by a stub): goods in stock, a good's details, and outages. */
class CatalogueIT extends DeployedWar {

    final StubServer inventory = StubServer.get();

    @BeforeEach
    void connect() {
        inventory.answer("/v1/auth/login", 405, "{\"status\": 405}");
    }

    @Test
    void listsTheGoodsInStockWithIdNameAndPrice() {
        inventory.answer(
                "/v1/inventory/goods?in_stock=true&limit=2&offset=1",
                200,
                "[{\"id\": 3, \"name\": \"Kettle\", \"category\": \"electronics\", \"price\": 24.90, "
                        + "\"description\": \"1.7 l\", \"count\": 4}, {\"id\": 5, \"name\": \"Tea\", \"category\": "
                        + "\"food\", \"price\": 3.00, \"count\": 1}]",
                Map.of("X-Total-Count", "7"));
        ApiResponse response = api.get("/v1/sales/goods?limit=2&offset=1").send();
        assertEquals(200, response.status(), response::toString);
        assertEquals("7", response.header("X-Total-Count"));
        JsonObject first = response.jsonArray().getJsonObject(0);
        assertEquals(3, first.size(), "only id, name and price: " + first);
        assertEquals(3, first.getInt("id"));
        assertEquals("Kettle", first.getString("name"));
        assertEquals(new BigDecimal("24.90"), first.getJsonNumber("price").bigDecimalValue());
        assertEquals(2, response.jsonArray().size());
        assertEquals(400, api.get("/v1/sales/goods?limit=-1").send().status());
    }

    @Test
    void keepsAPageForAMomentButNeverAFailure() {
        // Each attempt asks a page that nothing asked before; an attempt whose two reads were not both within
        // the second the page is kept (a stalled machine) says nothing and is repeated.
        boolean kept = false;
        for (int attempt = 0; attempt < 3 && !kept; attempt++) {
            int offset = ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
            String path = "/v1/inventory/goods?in_stock=true&limit=1&offset=" + offset;
            long start = System.nanoTime();
            inventory.answer(path, 200, good(11, "Before"), Map.of("X-Total-Count", "1"));
            ApiResponse first =
                    api.get("/v1/sales/goods?limit=1&offset=" + offset).send();
            assertEquals(200, first.status(), first::toString);
            inventory.answer(path, 200, good(12, "After"), Map.of("X-Total-Count", "1"));
            ApiResponse second =
                    api.get("/v1/sales/goods?limit=1&offset=" + offset).send();
            if (System.nanoTime() - start < 900_000_000L) {
                assertEquals(first.body(), second.body(), "the page inventory answered is kept for a second");
                assertEquals("1", second.header("X-Total-Count"));
                kept = true;
                // Then inventory is asked again.
                assertTrue(eventually(offset, "After"), "the kept page expires");
            }
        }
        assertTrue(kept, "three attempts each took more than 0.9 s");

        int offset = ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);
        String path = "/v1/inventory/goods?in_stock=true&limit=1&offset=" + offset;
        inventory.answer(path, 500, "{\"status\": 500}");
        assertEquals(
                503, api.get("/v1/sales/goods?limit=1&offset=" + offset).send().status());
        inventory.answer(path, 200, good(13, "Back"), Map.of("X-Total-Count", "1"));
        ApiResponse back = api.get("/v1/sales/goods?limit=1&offset=" + offset).send();
        assertEquals(200, back.status(), "a failed read is not kept: " + back);
        assertEquals("Back", back.jsonArray().getJsonObject(0).getString("name"));
    }

    private boolean eventually(int offset, String name) {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            ApiResponse page =
                    api.get("/v1/sales/goods?limit=1&offset=" + offset).send();
            if (page.status() == 200 && page.body().contains("\"" + name + "\"")) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static String good(long id, String name) {
        return "[{\"id\": " + id + ", \"name\": \"" + name + "\", \"category\": \"food\", \"price\": 1.00, "
                + "\"count\": 2}]";
    }

    @Test
    void showsAGoodsDetailsSoldOutIncluded() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        inventory.answer(
                "/v1/inventory/goods/" + id,
                200,
                "{\"id\": " + id + ", \"name\": \"Gone\", "
                        + "\"category\": \"food\", \"price\": 1.50, \"description\": \"sold out\", \"count\": 0}");
        ApiResponse response = api.get("/v1/sales/goods/" + id).send();
        assertEquals(200, response.status(), response::toString);
        assertEquals(0, response.json().getInt("count"));
        assertEquals("food", response.json().getString("category"));

        assertEquals(404, api.get("/v1/sales/goods/999999999999").send().status());
        for (String malformed : new String[] {"abc", "-3", "0"}) {
            assertEquals(404, api.get("/v1/sales/goods/" + malformed).send().status(), malformed);
        }
    }

    @Test
    void anInventoryThatCannotAnswerIs503AndReadinessIsDown() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Integer.MAX_VALUE);
        inventory.answer("/v1/inventory/goods/" + id, 500, "{\"status\": 500}");
        ApiResponse response = api.get("/v1/sales/goods/" + id).send();
        assertEquals(503, response.status(), response::toString);
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());

        inventory.answer("/v1/inventory/goods?in_stock=true&limit=0&offset=0", 500, "{}");
        ApiResponse down = api.get("/health/ready").send();
        assertEquals(503, down.status(), down::toString);
        assertTrue(down.body().contains("\"sales-dependencies\""), down::toString);
        assertTrue(down.body().contains("\"inventory\":\"DOWN\""), down::toString);
        inventory.answer("/v1/inventory/goods?in_stock=true&limit=0&offset=0", 200, "[]", Map.of("X-Total-Count", "0"));
        assertEquals(200, api.get("/health/ready").send().status());

        inventory.answer("/v1/auth/login", 503, "{\"status\": 503}");
        ApiResponse customersDown = api.get("/health/ready").send();
        assertEquals(503, customersDown.status(), customersDown::toString);
        assertTrue(customersDown.body().contains("\"customers\":\"DOWN\""), customersDown::toString);
        inventory.answer("/v1/auth/login", 405, "{\"status\": 405}");
    }
}

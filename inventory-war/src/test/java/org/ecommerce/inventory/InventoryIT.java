package org.ecommerce.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.Tokens;

/**
 * The base of the inventory service's black-box tests: the built WAR on Payara Micro over PostgreSQL. Tokens are
 * forged with the test run's signing key, since the customers service is not deployed here.
 */
abstract class InventoryIT extends DeployedWar {

    static final String GOODS = "/v1/inventory/goods";

    final String emp = Tokens.sign(Tokens.claims("1", "boss", "emp").build());
    final String customer =
            Tokens.sign(Tokens.claims("2", "shopper", "customer").build());
    final String service =
            Tokens.sign(Tokens.claims("service:sales", "sales", "service").build());

    static JsonObjectBuilder good(String category, String price, int count) {
        return Json.createObjectBuilder()
                .add("name", "Thing " + System.nanoTime())
                .add("category", category)
                .add("price", Json.createValue(new java.math.BigDecimal(price)))
                .add("description", "A thing for tests")
                .add("count", count);
    }

    /** Adds a good as an employee and returns it. */
    JsonObject addGood(int count) {
        ApiResponse response = api.post(
                        GOODS, good("electronics", "19.99", count).build().toString())
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }

    static long id(JsonObject good) {
        return good.getJsonNumber("id").longValue();
    }

    /** Every id a list query names, page by page, so that a test's goods are found however many others exist. */
    List<Long> listedIds(String query) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            ApiResponse page =
                    api.get(GOODS + "?" + query + "&limit=200&offset=" + offset).send();
            assertEquals(200, page.status(), page::toString);
            List<JsonObject> items = page.jsonArray().getValuesAs(JsonObject.class);
            items.forEach(item -> ids.add(id(item)));
            if (items.size() < 200) {
                return ids;
            }
        }
    }

    ApiResponse move(long id, String operation, int count, String token) {
        return api.put(GOODS + "/" + id + "/" + operation, "{\"count\": " + count + "}")
                .token(token)
                .send();
    }

    /** The stored stock and the sum of the good's ledger rows, read behind the API's back. */
    static int[] stockAndLedgerSum(long id) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT g.stock_count, "
                        + "(SELECT COALESCE(SUM(quantity), 0) FROM inventory.stock_movement m WHERE m.good_id = g.id), "
                        + "(SELECT COUNT(*) FROM inventory.stock_movement m WHERE m.good_id = g.id) "
                        + "FROM inventory.good g WHERE g.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3)};
            }
        }
    }
}

package org.ecommerce.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.testing.TokenTampering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adding, reading, listing, changing and deleting goods: who may, and each validation rule. */
class GoodsIT extends InventoryIT {

    @Test
    void onlyARealTokenGetsIn() {
        // An employee's request with a body that is refused after authentication: the control is a 400.
        TokenTampering.assertOnlyARealTokenGetsIn(
                token -> api.post("/v1/inventory/goods", "{}").token(token).send(), "1", "it_admin", "emp");
    }

    @Test
    void anEmployeeAddsAGood() {
        ApiResponse response = api.post(
                        GOODS,
                        good("food", "2.50", 7).add("name", "Apple").build().toString())
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        JsonObject good = response.json();
        assertTrue(response.header("Location").endsWith(GOODS + "/" + id(good)));
        assertEquals("Apple", good.getString("name"));
        assertEquals("food", good.getString("category"));
        assertEquals(new BigDecimal("2.50"), good.getJsonNumber("price").bigDecimalValue());
        assertEquals(7, good.getInt("count"));
        assertEquals("A thing for tests", good.getString("description"));
    }

    @Test
    void onlyEmployeesAddChangeAndDelete() {
        String body = good("food", "1.00", 1).build().toString();
        assertEquals(401, api.post(GOODS, body).send().status());
        assertEquals(403, api.post(GOODS, body).token(customer).send().status());
        assertEquals(403, api.post(GOODS, body).token(service).send().status());

        long id = id(addGood(3));
        for (String token : new String[] {null, customer, service}) {
            int expected = token == null ? 401 : 403;
            assertEquals(
                    expected,
                    api.patch(GOODS + "/" + id, "{\"price\": 5}")
                            .token(token)
                            .send()
                            .status());
            assertEquals(
                    expected, api.delete(GOODS + "/" + id).token(token).send().status());
        }
        assertEquals(
                new BigDecimal("19.99"),
                api.get(GOODS + "/" + id).send().json().getJsonNumber("price").bigDecimalValue(),
                "nothing changed");
    }

    @Test
    void anyoneReadsGoods() {
        long id = id(addGood(3));
        for (String token : new String[] {null, customer, emp, service}) {
            ApiResponse response = api.get(GOODS + "/" + id).token(token).send();
            assertEquals(200, response.status());
            assertEquals(3, response.json().getInt("count"));
        }
        assertEquals(200, api.get(GOODS).send().status());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(
            delimiter = '|',
            value = {
                "name        | \"\"",
                "name        | \"  \"",
                "name        | 12",
                "category    | \"toys\"",
                "category    | \"Food\"",
                "price       | 0",
                "price       | -1",
                "price       | 1.999",
                "price       | 1000000.01",
                "price       | \"10\"",
                "count       | -1",
                "count       | 1.5",
                "count       | \"5\"",
                "count       | null",
                "description | 42",
            })
    void refusesAnInvalidMember(String field, String json) {
        JsonObject body = good("food", "1.00", 1)
                .add(
                        field,
                        jakarta.json.Json.createReader(new java.io.StringReader("[" + json + "]"))
                                .readArray()
                                .get(0))
                .build();
        ApiResponse response = api.post(GOODS, body.toString()).token(emp).send();
        assertEquals(400, response.status(), () -> field + "=" + json + ": " + response);
        assertEquals(
                field, response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void refusesMissingAndUnknownMembersAndOverlongText() {
        for (String field : new String[] {"name", "category", "price", "count"}) {
            ApiResponse response = api.post(
                            GOODS, good("food", "1.00", 1).remove(field).build().toString())
                    .token(emp)
                    .send();
            assertEquals(400, response.status(), field);
            assertEquals(
                    field,
                    response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String unknown : new String[] {"id", "stock", "deleted"}) {
            ApiResponse response = api.post(
                            GOODS,
                            good("food", "1.00", 1).add(unknown, 1).build().toString())
                    .token(emp)
                    .send();
            assertEquals(400, response.status(), unknown);
        }
        assertEquals(
                400,
                api.post(
                                GOODS,
                                good("food", "1.00", 1)
                                        .add("name", "n".repeat(101))
                                        .build()
                                        .toString())
                        .token(emp)
                        .send()
                        .status());
        assertEquals(
                400,
                api.post(
                                GOODS,
                                good("food", "1.00", 1)
                                        .add("description", "d".repeat(2001))
                                        .build()
                                        .toString())
                        .token(emp)
                        .send()
                        .status());
        assertEquals(
                201,
                api.post(
                                GOODS,
                                good("food", "1000000.00", 0)
                                        .add("name", "n".repeat(100))
                                        .add("description", "d".repeat(2000))
                                        .build()
                                        .toString())
                        .token(emp)
                        .send()
                        .status());
        assertEquals(
                201,
                api.post(
                                GOODS,
                                good("food", "0.01", 0)
                                        .remove("description")
                                        .build()
                                        .toString())
                        .token(emp)
                        .send()
                        .status(),
                "description is optional");
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        for (String id : new String[] {"999999999", "abc", "-1", "0", "99999999999999999999", "1.5"}) {
            ApiResponse response = api.get(GOODS + "/" + id).send();
            assertEquals(404, response.status(), id);
            assertEquals("application/problem+json;charset=UTF-8", response.contentType(), id);
            assertEquals(
                    404,
                    api.patch(GOODS + "/" + id, "{\"price\": 1}")
                            .token(emp)
                            .send()
                            .status(),
                    id);
            assertEquals(404, api.delete(GOODS + "/" + id).token(emp).send().status(), id);
            for (String operation : new String[] {"deduct", "restock"}) {
                ApiResponse move = api.put(GOODS + "/" + id + "/" + operation, "{\"count\": 1}")
                        .token(emp)
                        .send();
                assertEquals(404, move.status(), () -> operation + " " + id + ": " + move);
                assertEquals("application/problem+json;charset=UTF-8", move.contentType(), id);
            }
        }
    }

    @Test
    void listsArePagedAndFilteredByCategory() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(id(api.post(GOODS, good("accessories", "3.00", 1).build().toString())
                    .token(emp)
                    .send()
                    .json()));
        }
        addGood(1);
        List<Long> listed = listedIds("category=accessories");
        assertTrue(listed.containsAll(mine));
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(listed.get(i - 1) < listed.get(i), "ordered by id");
        }
        ApiResponse first = api.get(GOODS + "?category=accessories&limit=2").send();
        assertEquals(200, first.status());
        assertEquals(Integer.toString(listed.size()), first.header("X-Total-Count"));
        assertTrue(first.jsonArray().getValuesAs(JsonObject.class).stream()
                .allMatch(g -> g.getString("category").equals("accessories")));
        assertEquals(
                listed.subList(0, 2),
                first.jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(InventoryIT::id)
                        .toList());
        ApiResponse page =
                api.get(GOODS + "?category=accessories&limit=1&offset=1").send();
        assertEquals(
                List.of(listed.get(1)),
                page.jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(InventoryIT::id)
                        .toList());
        assertEquals(Integer.toString(listed.size()), page.header("X-Total-Count"), "the total before paging");
        ApiResponse past =
                api.get(GOODS + "?category=accessories&offset=" + listed.size()).send();
        assertEquals(0, past.jsonArray().size());
        assertEquals(Integer.toString(listed.size()), past.header("X-Total-Count"));
        ApiResponse none = api.get(GOODS + "?limit=0").send();
        assertEquals(200, none.status());
        assertEquals("[]", none.body().strip());
        assertTrue(Long.parseLong(none.header("X-Total-Count")) > listed.size(), "all categories count");

        ApiResponse unknown = api.get(GOODS + "?category=toys").send();
        assertEquals(400, unknown.status());
        assertEquals(
                "category",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        for (String bad : new String[] {"limit=-1", "limit=x", "limit=1.5", "offset=-1", "offset=x"}) {
            ApiResponse refused = api.get(GOODS + "?" + bad).send();
            assertEquals(400, refused.status(), bad);
            assertEquals(
                    bad.substring(0, bad.indexOf('=')),
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    bad);
        }
    }

    @Test
    void aLimitOverTwoHundredIsTreatedAsTwoHundred() throws Exception {
        // More than 200 live goods, put straight into the table: with a count of 0 they need no ledger rows.
        try (Connection db = ItSettings.get().database();
                Statement insert = db.createStatement()) {
            insert.executeUpdate("INSERT INTO inventory.good (name, category, price, stock_count) "
                    + "SELECT 'Bulk ' || n, 'clothes', 1.00, 0 FROM generate_series(1, 201) AS n");
        }
        ApiResponse capped = api.get(GOODS + "?limit=1000").send();
        assertEquals(200, capped.status(), capped::toString);
        assertEquals(200, capped.jsonArray().size());
        assertTrue(Long.parseLong(capped.header("X-Total-Count")) > 200);
        assertEquals(50, api.get(GOODS).send().jsonArray().size(), "the default page is 50");
    }

    @Test
    void theInStockFilterLeavesSoldOutGoodsOut() {
        long soldOut = id(addGood(0));
        long inStock = id(addGood(2));
        assertTrue(listedIds("in_stock=false").containsAll(List.of(soldOut, inStock)), "in_stock=false lists all");
        List<Long> ids = listedIds("in_stock=true");
        assertTrue(ids.contains(inStock));
        assertFalse(ids.contains(soldOut));
        ApiResponse stocked = api.get(GOODS + "?in_stock=true&limit=200").send();
        assertTrue(stocked.jsonArray().getValuesAs(JsonObject.class).stream().allMatch(g -> g.getInt("count") > 0));
        assertEquals(Long.toString(ids.size()), stocked.header("X-Total-Count"));
        assertEquals(400, api.get(GOODS + "?in_stock=yes").send().status());
    }

    @Test
    void anEmployeeChangesAGoodAndACountIsRecordedAsItsDifference() throws Exception {
        long id = id(addGood(10));
        ApiResponse changed = api.patch(
                        GOODS + "/" + id, "{\"price\": 24.5, \"category\": \"clothes\", " + "\"count\": 4}")
                .token(emp)
                .send();
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(
                new BigDecimal("24.50"), changed.json().getJsonNumber("price").bigDecimalValue());
        assertEquals("clothes", changed.json().getString("category"));
        assertEquals(4, changed.json().getInt("count"));
        assertEquals("A thing for tests", changed.json().getString("description"), "untouched members stay");
        assertArrayEquals(new int[] {4, 4, 2}, stockAndLedgerSum(id), "stock, ledger sum, ledger rows");

        assertEquals(
                200,
                api.patch(GOODS + "/" + id, "{\"count\": 4}").token(emp).send().status());
        assertArrayEquals(new int[] {4, 4, 2}, stockAndLedgerSum(id), "no change, no row");

        for (String bad : new String[] {
            "{\"count\": -1}",
            "{\"price\": 0}",
            "{\"category\": \"toys\"}",
            "{\"name\": \" \"}",
            "{\"id\": 5}",
            "{\"count\": \"3\"}"
        }) {
            assertEquals(400, api.patch(GOODS + "/" + id, bad).token(emp).send().status(), bad);
        }
    }

    @Test
    void aDeletedGoodIsGoneForReadsAndChangesButKeepsItsHistory() throws Exception {
        long id = id(addGood(5));
        assertEquals(204, api.delete(GOODS + "/" + id).token(emp).send().status());
        assertEquals(404, api.get(GOODS + "/" + id).send().status());
        assertEquals(
                404,
                api.patch(GOODS + "/" + id, "{\"price\": 1}").token(emp).send().status());
        assertEquals(404, move(id, "deduct", 1, service).status());
        assertEquals(404, api.delete(GOODS + "/" + id).token(emp).send().status());
        assertFalse(listedIds("category=electronics").contains(id), "left out of lists");
        assertArrayEquals(new int[] {5, 5, 1}, stockAndLedgerSum(id), "history kept");
    }

    @Test
    void whatASaleTookOfAGoodComesBackAfterTheGoodIsDeleted() throws Exception {
        // A sale undone after its good was deleted must still give the units back, or it could never settle.
        long id = id(addGood(5));
        assertEquals(3, move(id, "deduct", 2, service).json().getInt("count"));
        assertEquals(204, api.delete(GOODS + "/" + id).token(emp).send().status());

        ApiResponse restocked = move(id, "restock", 2, service);
        assertEquals(200, restocked.status(), restocked::toString);
        assertEquals(5, restocked.json().getInt("count"));
        assertEquals(403, move(id, "restock", 1, customer).status(), "still not for customers");
        assertEquals(404, api.get(GOODS + "/" + id).send().status(), "still deleted");
        assertEquals(404, move(id, "deduct", 1, service).status(), "still not for sale");
        assertArrayEquals(new int[] {5, 5, 3}, stockAndLedgerSum(id));
        assertEquals(404, move(Long.MAX_VALUE, "restock", 1, service).status(), "a good that never was");
    }

    @Test
    void readinessAndTheApiDocumentAnswer() {
        ApiResponse ready = api.get("/health/ready").send();
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"inventory-database\""), ready::toString);
        ApiResponse openapi = api.get("/openapi").send();
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/v1/inventory/goods/{id}/deduct"), openapi::toString);
    }
}

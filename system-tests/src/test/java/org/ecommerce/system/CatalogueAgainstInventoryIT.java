package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/** The sales catalogue against the real inventory service. */
class CatalogueAgainstInventoryIT extends SystemIT {

    @Test
    void theCatalogueListsGoodsInStockAndShowsSoldOutOnesOnRequest() {
        long soldOut = addGood("Sold out", 0);
        long inStock = addGood("Plenty", 5);
        String catalogue = api.get("/v1/sales/goods?limit=200").send().body();
        assertTrue(catalogue.contains("\"id\":" + inStock + ","), catalogue);
        assertFalse(catalogue.contains("\"id\":" + soldOut + ","), catalogue);

        ApiResponse details = api.get("/v1/sales/goods/" + soldOut).send();
        assertEquals(200, details.status());
        assertEquals(0, details.json().getInt("count"));
        assertEquals(404, api.get("/v1/sales/goods/999999999").send().status());
    }

    private long addGood(String name, int count) {
        ApiResponse response = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"" + name + "\", \"category\": " + "\"food\", \"price\": 2.00, \"count\": " + count
                                + "}")
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }
}

package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecommerce.api.Service;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Reviews against the real inventory and customers services: real tokens from login, real goods, and the rules
 * that cross services.
 */
class ReviewsAgainstInventoryIT extends SystemIT {

    @Test
    void aCustomerReviewsARealGoodUnderItsName() {
        long good = addGood("Teapot");
        String alice = accounts.newCustomer();
        ApiResponse review = api.post("/v1/reviews/product/" + good, "{\"rating\": 5, \"comment\": \"Pours well\"}")
                .token(accounts.token(alice))
                .send();
        assertEquals(201, review.status(), review::toString);
        assertEquals("Teapot", review.json().getString("product_name"));
        assertEquals(alice, review.json().getString("username"));

        JsonObject summary =
                api.get("/v1/reviews/product/" + good + "/summary").send().json();
        assertEquals(1, summary.getInt("review_count"));
        assertEquals(5, summary.getJsonNumber("average_rating").intValue());
    }

    @Test
    void aGoodInventoryDoesNotHaveCannotBeReviewed() {
        String token = accounts.token(accounts.newCustomer());
        assertEquals(
                404,
                api.post("/v1/reviews/product/999999999", "{\"rating\": 3}")
                        .token(token)
                        .send()
                        .status());

        long deleted = addGood("Discontinued");
        assertEquals(
                204,
                api.delete("/v1/inventory/goods/" + deleted).token(emp).send().status());
        assertEquals(
                404,
                api.post("/v1/reviews/product/" + deleted, "{\"rating\": 3}")
                        .token(token)
                        .send()
                        .status());
        assertEquals(
                404,
                api.get("/v1/reviews/product/" + deleted + "/summary").send().status());
    }

    @Test
    void aDeletedCustomersReviewsStayUnderTheUsername() {
        long good = addGood("Sieve");
        String bob = accounts.newCustomer();
        String token = accounts.token(bob);
        assertEquals(
                201,
                api.post("/v1/reviews/product/" + good, "{\"rating\": 2}")
                        .token(token)
                        .send()
                        .status());
        assertEquals(204, api.delete("/v1/customers/" + bob).token(token).send().status());

        List<JsonObject> reviews =
                api.get("/v1/reviews/customer/" + bob).send().jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, reviews.size());
        assertEquals(bob, reviews.get(0).getString("username"));
        assertTrue(api.get("/v1/reviews/product/" + good).send().body().contains(bob));
    }

    // One server documents all four services in one document; four servers document one service each, and no
    // server documents a path it does not run.
    @Test
    void everyServiceIsDocumentedByTheServerThatRunsIt() {
        boolean split = SystemUnderTest.get().split();
        for (String path : new String[] {
            "/v1/customers/{username}/charge",
            "/v1/inventory/goods/{id}/deduct",
            "/v1/sales/purchases",
            "/v1/reviews/{id}/moderate",
            "/v1/auth/login"
        }) {
            JsonObject document = new Api(SystemUnderTest.get().serverFor(path))
                    .get("/openapi?format=json")
                    .send()
                    .json();
            Set<String> paths = document.getJsonObject("paths").keySet();
            assertTrue(paths.contains(path), path);
            Set<Service> documented = paths.stream().map(Service::owning).collect(Collectors.toSet());
            assertEquals(split ? Set.of(Service.owning(path)) : EnumSet.allOf(Service.class), documented, path);
            // Payara's own list of endpoints is not OpenAPI; the root module's filter takes it out.
            assertFalse(document.containsKey("endpoints"), document.keySet()::toString);
        }
        // Merged, the documents still name one server, this one, under which every path is a full path.
        var servers = api.get("/openapi?format=json").send().json().getJsonArray("servers");
        assertEquals(1, servers.size(), servers::toString);
        assertEquals("/", servers.getJsonObject(0).getString("url"));
    }

    @Test
    void theDocumentIsServedAsYamlToWhoAsksForYaml() {
        ApiResponse yaml =
                api.get("/openapi").header("Accept", "application/yaml").send();
        assertEquals(200, yaml.status(), yaml::toString);
        assertEquals("application/yaml;charset=UTF-8", yaml.contentType());
        assertTrue(yaml.body().startsWith("openapi: 3.0.3"), yaml::toString);
        assertFalse(yaml.body().contains("\nendpoints:"), yaml::toString);

        ApiResponse html = api.get("/openapi").header("Accept", "text/html").send();
        assertEquals(406, html.status(), html::toString);
        assertEquals("application/problem+json;charset=UTF-8", html.contentType());
    }

    private long addGood(String name) {
        ApiResponse response = api.post(
                        "/v1/inventory/goods",
                        "{\"name\": \"" + name + "\", \"category\": "
                                + "\"accessories\", \"price\": 12.50, \"count\": 3}")
                .token(emp)
                .send();
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }
}

package org.ecommerce.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ecommerce.api.Service;
import org.ecommerce.common.testing.ApiResponse;
import org.junit.jupiter.api.Test;

/** Health, metrics and OpenAPI, and the headers and errors every response shares. */
class OperationsIT extends CustomersIT {

    @Test
    void readinessChecksTheDatabase() {
        ApiResponse ready = api.get("/health/ready").send();
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"customers-database\""), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(200, api.get("/health/live").send().status());
    }

    @Test
    void metricsAndOpenApiAnswer() {
        assertEquals(200, api.get("/metrics").send().status());
        ApiResponse openapi = api.get("/openapi").send();
        assertEquals(200, openapi.status(), openapi::toString);
        assertTrue(openapi.body().contains("/v1/customers/{username}/charge"), openapi::toString);
    }

    @Test
    void theOpenApiDocumentsPathsAreFullPathsOnThisServer() {
        // Payara would otherwise add a server per context root, doubling the root in every "try it out" call.
        ApiResponse openapi = api.get("/openapi?format=json").send();
        assertEquals(200, openapi.status(), openapi::toString);
        var servers = openapi.json().getJsonArray("servers");
        assertEquals(1, servers.size(), servers::toString);
        assertEquals("/", servers.getJsonObject(0).getString("url"));
        assertEquals("E-commerce API", openapi.json().getJsonObject("info").getString("title"));
    }

    @Test
    void theOpenApiDocumentIsThisServicesPartOfTheWholeOne() {
        var document = api.get("/openapi?format=json").send().json();
        var paths = document.getJsonObject("paths").keySet();
        assertTrue(paths.contains("/v1/auth/login"), paths::toString);
        assertTrue(paths.stream().allMatch(path -> Service.owning(path) == Service.CUSTOMERS), paths::toString);
        var tags = document.getJsonArray("tags").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(tag -> tag.getString("name"))
                .toList();
        assertEquals(List.of("Customers", "Authentication", "Wallets"), tags);
    }

    @Test
    void unknownPathIsAProblemWithHeaders() {
        ApiResponse response = api.get("/v1/no-such-thing")
                .header("X-Request-Id", "trace-me-42")
                .send();
        assertEquals(404, response.status());
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals(404, response.json().getInt("status"));
        assertEquals("trace-me-42", response.header("X-Request-Id"));
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertNull(response.header("X-Powered-By"));
    }

    @Test
    void aRequestWithoutIdGetsOneAndAnUnsafeIdIsReplaced() {
        assertNotNull(api.get("/v1/customers").send().header("X-Request-Id"));
        String replaced = api.get("/v1/customers")
                .header("X-Request-Id", "bad id\twith tab")
                .send()
                .header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        ApiResponse method = api.delete("/v1/auth/login").send();
        assertEquals(405, method.status());
        assertEquals(405, method.json().getInt("status"));
        ApiResponse media = api.post("/v1/auth/login", "{}")
                .header("Content-Type", "text/plain")
                .send();
        assertEquals(415, media.status());
        assertEquals(415, media.json().getInt("status"));
    }

    @Test
    void corsAnswersOnlyConfiguredOrigins() {
        ApiResponse stranger = api.get("/v1/customers")
                .header("Origin", "https://evil.example")
                .send();
        assertNull(stranger.header("Access-Control-Allow-Origin"));

        ApiResponse shop = api.get("/v1/customers")
                .header("Origin", "https://shop.example")
                .send();
        assertEquals("https://shop.example", shop.header("Access-Control-Allow-Origin"));

        ApiResponse preflight = api.options("/v1/customers")
                .header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST")
                .send();
        assertEquals(204, preflight.status());
        assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Idempotency-Key"));
        ApiResponse strangerPreflight = api.options("/v1/customers")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .send();
        assertNull(strangerPreflight.header("Access-Control-Allow-Origin"));
    }
}

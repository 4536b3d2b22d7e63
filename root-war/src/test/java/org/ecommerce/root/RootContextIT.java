package org.ecommerce.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.DeployedWar;
import org.ecommerce.common.testing.ItSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The root context: Payara's own endpoints and unknown paths answer like the API does. */
class RootContextIT extends DeployedWar {

    private static final String OPERATIONS_TOKEN = ItSettings.get().get("ecommerce.operations.token");

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live", "/health/ready", "/metrics", "/openapi"})
    void payarasEndpointsCarryTheSecurityHeaders(String path) {
        ApiResponse response = api.get(path).token(OPERATIONS_TOKEN).send();
        assertEquals(200, response.status(), () -> path + ": " + response);
        if (path.equals("/openapi")) {
            // Alone on the server this module has no API to document: Payara answers a document without paths.
            assertTrue(response.body().contains("paths: {}"), response::toString);
        }
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertNotNull(response.header("X-Request-Id"), path);
        assertNull(response.header("X-Powered-By"), path);
        assertNull(response.header("Server"), path);
    }

    @Test
    void metricsAreForTheOperatorsTokenOnly() {
        for (String token : new String[] {null, "wrong", OPERATIONS_TOKEN + "x"}) {
            ApiResponse refused = api.get("/metrics").token(token).send();
            assertEquals(401, refused.status(), () -> token + ": " + refused);
            assertEquals("application/problem+json;charset=UTF-8", refused.contentType());
            assertFalse(refused.body().contains("memory_"), refused::toString);
            assertEquals("nosniff", refused.header("X-Content-Type-Options"));
        }
        assertEquals(401, api.get("/metrics/base").send().status(), "a metric's own path too");
        ApiResponse allowed = api.get("/metrics").token(OPERATIONS_TOKEN).send();
        assertEquals(200, allowed.status(), allowed::toString);
        assertTrue(allowed.body().contains("memory_usedHeap_bytes"), allowed::toString);
    }

    @Test
    void healthStaysOpenForOrchestrators() {
        assertEquals(200, api.get("/health/ready").send().status());
    }

    @Test
    void aPathOutsideEveryServiceIsAProblem() {
        ApiResponse response = api.get("/no/such/service").send();
        assertEquals(404, response.status());
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }

    @Test
    void theApiReferencePageRendersThisServersOpenApiDocument() {
        ApiResponse page = api.get("/api-docs/").send();
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("swagger-ui/swagger-ui-bundle.js"), page.body());
        assertEquals("nosniff", page.header("X-Content-Type-Options"));

        ApiResponse script = api.get("/api-docs/reference.js").send();
        assertEquals(200, script.status());
        assertTrue(script.body().contains("url: \"/openapi\""), script.body());
    }

    @Test
    void theReferencePageMayLoadOnlyItsOwnFilesAndBelongsInNoFrame() {
        ApiResponse page = api.get("/api-docs/").send();
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy, page::toString);
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        assertEquals("DENY", page.header("X-Frame-Options"));
        // What the policy allows is all the page needs: every script is a file of its own, and nothing is fetched
        // from another origin.
        assertFalse(page.body().matches("(?s).*<script>.*"), "an inline script would be blocked");
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/ready", "/openapi", "/no/such/service"})
    void everyOtherAnswerLoadsNothing(String path) {
        ApiResponse response = api.get(path).send();
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                response.header("Content-Security-Policy"),
                path);
        assertEquals("DENY", response.header("X-Frame-Options"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api-docs/swagger-ui/swagger-ui-bundle.js", "/api-docs/reference.js"})
    void thePagesScriptsAreServedAsScripts(String path) {
        // Under nosniff a browser runs a script only when its type says it is one.
        ApiResponse script = api.get(path).send();
        assertEquals(200, script.status(), path);
        assertTrue(script.contentType().matches("(text|application)/javascript.*"), path + ": " + script.contentType());
    }

    @Test
    void theReferencePagesStylesAreServedAsCss() {
        ApiResponse css = api.get("/api-docs/swagger-ui/swagger-ui.css").send();
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
    }
}

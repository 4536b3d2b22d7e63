package org.ecommerce.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.ApiResponse;
import org.ecommerce.common.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The root context: Payara's own endpoints and unknown paths answer like the API does. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RootContextIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.server(base));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/live", "/health/ready", "/metrics", "/openapi"})
    void payarasEndpointsCarryTheSecurityHeaders(String path) {
        ApiResponse response = api.get(path).send();
        // Alone on the server this module has no API to document, so /openapi says so with a 404.
        assertEquals(path.equals("/openapi") ? 404 : 200, response.status(), () -> path + ": " + response);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertNotNull(response.header("X-Request-Id"), path);
        assertNull(response.header("X-Powered-By"), path);
        assertNull(response.header("Server"), path);
    }

    @Test
    void aPathOutsideEveryServiceIsAProblem() {
        ApiResponse response = api.get("/no/such/service").send();
        assertEquals(404, response.status());
        assertEquals("application/problem+json;charset=UTF-8", response.contentType());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
    }
}

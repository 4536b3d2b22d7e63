package org.ecommerce.common.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecommerce.common.problem.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service-identity filter against a real HTTP server standing in for the customers service: it logs in with
 * the configured credentials once and sends the token on every call.
 */
class ServiceIdentityFilterTest {

    private HttpServer server;
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> loginBodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int loginStatus = 200;
    /** The token the called service accepts; any other is answered 401. */
    private volatile String accepted = "token-1";

    private Client client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/auth/service-token", exchange -> {
            loginBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\": \"token-" + logins.incrementAndGet()
                            + "\", \"token_type\": \"Bearer\", \"expires_in\": 900}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(loginStatus, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/v1/inventory/goods/1/deduct", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization);
            exchange.sendResponseHeaders(("Bearer " + accepted).equals(authorization) ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        client = ClientBuilder.newClient();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void logsInOnceAndSendsTheTokenOnEveryCall() {
        ServiceCredentials credentials =
                new ServiceCredentials("sales", "s3cret-" + System.nanoTime(), url("/v1/auth/service-token"));
        ServiceIdentityFilter filter = new ServiceIdentityFilter(() -> credentials);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    204,
                    client.target(url("/v1/inventory/goods/1/deduct"))
                            .register(filter)
                            .request()
                            .get()
                            .getStatus());
        }
        assertEquals(1, logins.get());
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-1"), authorizations);
        assertTrue(loginBodies.get(0).contains("\"service\":\"sales\""), loginBodies.get(0));
        assertTrue(loginBodies.get(0).contains(credentials.secret()), loginBodies.get(0));
    }

    @Test
    void aTokenTheServiceRefusesIsDroppedAndTheNextCallLogsInAgain() {
        ServiceCredentials credentials =
                new ServiceCredentials("sales", "s3cret-" + System.nanoTime(), url("/v1/auth/service-token"));
        ServiceIdentityFilter filter = new ServiceIdentityFilter(() -> credentials);
        assertEquals(204, call(filter));

        // The service's keys changed: it accepts only tokens issued from now on.
        accepted = "token-2";
        assertEquals(401, call(filter));
        assertEquals(204, call(filter), "the retry carries a new token");
        assertEquals(204, call(filter));

        assertEquals(2, logins.get());
        assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2"), authorizations);
    }

    private int call(ServiceIdentityFilter filter) {
        return client.target(url("/v1/inventory/goods/1/deduct"))
                .register(filter)
                .request()
                .get()
                .getStatus();
    }

    @Test
    void aRefusedLoginIsAServiceUnavailableAnswerNotACallWithoutToken() {
        loginStatus = 401;
        ServiceCredentials credentials =
                new ServiceCredentials("sales", "wrong-" + System.nanoTime(), url("/v1/auth/service-token"));
        ServiceIdentityFilter filter = new ServiceIdentityFilter(() -> credentials);
        Exception e = assertThrows(
                Exception.class,
                () -> client.target(url("/v1/inventory/goods/1/deduct"))
                        .register(filter)
                        .request()
                        .get());
        assertTrue(rootRefusal(e).kind() == Refusal.Kind.UNAVAILABLE, e::toString);
        assertEquals(List.of(), authorizations);
    }

    @Test
    void withoutASecretNoLoginIsAttempted() {
        ServiceIdentityFilter filter =
                new ServiceIdentityFilter(() -> new ServiceCredentials("sales", "", url("/v1/auth/service-token")));
        assertThrows(
                Exception.class,
                () -> client.target(url("/v1/inventory/goods/1/deduct"))
                        .register(filter)
                        .request()
                        .get());
        assertEquals(0, logins.get());
    }

    private static Refusal rootRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refusal api) {
                return api;
            }
        }
        throw new AssertionError("no Refusal in " + e, e);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}

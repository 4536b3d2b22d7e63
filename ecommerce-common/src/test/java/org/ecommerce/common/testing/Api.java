package org.ecommerce.common.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for black-box tests: one request at a time, written the way a client of the API would
 * write it. Thread-safe, so concurrency tests share one.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            // What clients of the API use; the server's h2c upgrade is not what is under test.
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final URI server;

    /**
     * @param anyUrlOnTheServer any URL of the server under test; only its port is kept. Requests go to the
     *                          loopback address whatever host Arquillian reports: the server listens on every
     *                          interface, and tests must not depend on (or send traffic to) any other address.
     */
    public Api(URI anyUrlOnTheServer) {
        this.server = URI.create("http://127.0.0.1:" + anyUrlOnTheServer.getPort() + "/");
    }

    /** The loopback address and port the requests go to. */
    public URI server() {
        return server;
    }

    public Call get(String path) {
        return new Call("GET", path, null);
    }

    public Call options(String path) {
        return new Call("OPTIONS", path, null);
    }

    public Call delete(String path) {
        return new Call("DELETE", path, null);
    }

    public Call post(String path, String json) {
        return new Call("POST", path, json);
    }

    public Call put(String path, String json) {
        return new Call("PUT", path, json);
    }

    public Call patch(String path, String json) {
        return new Call("PATCH", path, json);
    }

    /** One request being put together. */
    public final class Call {
        private final String method;
        private final String path;
        private final String body;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Call(String method, String path, String body) {
            this.method = method;
            this.path = path;
            this.body = body;
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
        }

        public Call token(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public ApiResponse send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                ApiResponse answer = new ApiResponse(response.statusCode(), response.headers(), response.body());
                DocumentViolations.check(method + " " + path, answer);
                return answer;
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(method + " " + path + " interrupted", e);
            }
        }
    }
}

package org.ecommerce.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The system's HTTP API as the benchmark calls it. Each request goes to the server of the service its path
 * belongs to (one server, a load balancer, or four servers), found by longest prefix as the web container does.
 */
final class Client {

    /** An answer: status and body. */
    record Answer(int status, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure value = reader.read();
                return value.asJsonObject();
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, URI> servers;

    /** @param servers the server of each context root ({@code /v1}, {@code /v1/inventory}, ...) */
    Client(Map<String, URI> servers) {
        this.servers = servers;
    }

    Answer send(String method, String path, String token, String json) {
        return sendTo(serverFor(path), method, path, token, json);
    }

    /** A request to one given server, for what every server answers ({@code /metrics}). */
    Answer sendTo(URI server, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The body of a successful answer, or an exception naming what failed. */
    JsonObject expect(int status, String method, String path, String token, String json) {
        Answer answer = send(method, path, token, json);
        if (answer.status() != status) {
            throw new IllegalStateException(method + " " + path + ": expected " + status + ", got "
                    + answer.status() + " " + answer.body());
        }
        return answer.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : answer.json();
    }

    String login(String username, String password) {
        return expect(200, "POST", "/v1/auth/login", null, loginBody(username, password)).getString("access_token");
    }

    static String loginBody(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    URI serverFor(String path) {
        String best = "/v1";
        for (String root : servers.keySet()) {
            if ((path.equals(root) || path.startsWith(root + "/")) && root.length() > best.length()) {
                best = root;
            }
        }
        return servers.get(best);
    }

    /** Every distinct server, for reading each one's metrics. */
    java.util.Collection<URI> allServers() {
        return new java.util.LinkedHashSet<>(servers.values());
    }
}

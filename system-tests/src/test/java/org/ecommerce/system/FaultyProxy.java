package org.ecommerce.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A proxy in front of the system's services, through which the services call each other in the system tests.
 * It passes everything on, unless a test makes some calls fail: refused before they reach the service, or
 * applied by the service but answered too late for the caller — the case where a caller cannot know what
 * happened.
 */
final class FaultyProxy {

    /** What happens to a call. */
    enum Fault {
        /** Answered 503 without reaching the service. */
        FAIL_BEFORE,
        /** Passed on and applied, then held until the caller has given up. */
        HANG_AFTER
    }

    private static final List<String> FORWARDED = List.of("Authorization", "Content-Type", "Idempotency-Key",
            "X-Request-Id", "Accept");
    private static final List<String> RETURNED = List.of("Content-Type", "X-Total-Count", "Location",
            "Idempotent-Replayed");

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    FaultyProxy(int port, URI target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Calls with this method whose path matches {@code pathPattern} suffer {@code fault} until healed. */
    void inject(String method, String pathPattern, Fault fault) {
        faults.put(method + " " + pathPattern, fault);
    }

    void heal() {
        faults.clear();
    }

    private Fault faultFor(String method, String path) {
        for (Map.Entry<String, Fault> rule : faults.entrySet()) {
            String[] key = rule.getKey().split(" ", 2);
            if (key[0].equals(method) && Pattern.matches(key[1], path)) {
                return rule.getValue();
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            Fault fault = faultFor(method, uri.getPath());
            if (fault == Fault.FAIL_BEFORE) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : FORWARDED) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            if (fault == Fault.HANG_AFTER) {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (String header : RETURNED) {
                response.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().set(header, v));
            }
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (IOException e) {
            // The caller gave up (its timeout under test): nobody is left to answer.
        }
    }
}

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A proxy in front of the system's services, routing each call to its service's server by path ({@link Routes}).
 * The services call each other through one in the system tests; the tests' own calls pass through another, as
 * through a load balancer. It passes everything on, unless a test makes some calls fail: refused before they
 * reach the service, or applied by the service but answered too late for the caller — the case where a caller
 * cannot know what happened.
 */
final class FaultyProxy {

    /** What happens to a call. */
    enum Fault {
        /** Answered 503 without reaching the service. */
        FAIL_BEFORE,
        /** Passed on and applied, then held until the caller has given up. */
        HANG_AFTER,
        /** {@link #HANG_AFTER} for the first matching call only; the calls after it pass. */
        HANG_AFTER_ONCE
    }

    // Hop-by-hop headers, and those the HTTP client sets itself and refuses from a caller; the rest pass as sent.
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection",
            "content-length",
            "date",
            "expect",
            "from",
            "host",
            "keep-alive",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "via",
            "warning");
    private static final Set<String> NOT_RETURNED =
            Set.of("connection", "content-length", "date", "keep-alive", "transfer-encoding");

    private final HttpServer server;
    private final Routes routes;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    /** Starts the proxy on a free port of the loopback interface. */
    FaultyProxy(Routes routes) throws IOException {
        this.routes = routes;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Calls with this method whose path matches {@code pathPattern} suffer {@code fault} until healed. */
    void inject(String method, String pathPattern, Fault fault) {
        faults.put(method + " " + pathPattern, fault);
    }

    /** Where callers reach this proxy. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void heal() {
        faults.clear();
    }

    private Fault faultFor(String method, String path) {
        for (Map.Entry<String, Fault> rule : faults.entrySet()) {
            String[] key = rule.getKey().split(" ", 2);
            if (key[0].equals(method) && Pattern.matches(key[1], path)) {
                if (rule.getValue() == Fault.HANG_AFTER_ONCE) {
                    // Of calls at once, one takes the fault; the others pass.
                    return faults.remove(rule.getKey(), Fault.HANG_AFTER_ONCE) ? Fault.HANG_AFTER : null;
                }
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
            HttpRequest.Builder request = HttpRequest.newBuilder(routes.target(uri.getPath())
                            .resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
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
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":") && !NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
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

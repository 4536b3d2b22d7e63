package org.ecommerce.common.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * Stands in, inside the test JVM, for the services a WAR under test calls, at the URL {@link ItEnvironment}
 * configured ({@code ecommerce.it.stub-url}). Tests say what a path answers; a path it was told nothing about
 * answers as the service would for a thing it does not have ({@link #NOT_FOUND}). One instance serves the whole
 * test JVM, so tests use paths of their own (fresh ids) to stay independent.
 */
public final class StubServer {

    private static final Queue<Answer> EMPTY = new ConcurrentLinkedQueue<>();

    /** What a service of the system answers for a customer, good, sale or review it does not have. */
    public static final String NOT_FOUND = "{\"type\":\"urn:ecommerce:problem:not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No such thing.\"}";

    /** What a server answers for a path that no application of it serves (yet): a 404 that says nothing more. */
    public static final String NO_SUCH_PATH = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}";

    private static StubServer instance;

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Queue<Answer>> nextAnswers = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastHeaders = new ConcurrentHashMap<>();

    /**
     * What a path answers.
     *
     * @param status      the status
     * @param body        the JSON body
     * @param delayMillis how long to wait before answering
     * @param headers     extra response headers
     */
    public record Answer(int status, String body, long delayMillis, Map<String, String> headers) {}

    private StubServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The stub of this test run, started on first use. */
    public static synchronized StubServer get() {
        if (instance == null) {
            try {
                instance = new StubServer(URI.create(ItSettings.get().get("ecommerce.it.stub-url"))
                        .getPort());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the stub server", e);
            }
        }
        return instance;
    }

    /** {@code GET path} answers {@code status} with {@code body}. */
    public void answer(String path, int status, String body) {
        answers.put(normalise(path), new Answer(status, body, 0, Map.of()));
    }

    /** {@code GET path} answers {@code status} with {@code body} and {@code headers}. */
    public void answer(String path, int status, String body, Map<String, String> headers) {
        answers.put(normalise(path), new Answer(status, body, 0, headers));
    }

    /** {@code GET path} answers only after {@code delayMillis}, as a service that hangs. */
    public void answerSlowly(String path, int status, String body, long delayMillis) {
        answers.put(normalise(path), new Answer(status, body, delayMillis, Map.of()));
    }

    /**
     * The next {@code GET path} alone answers {@code status} with {@code body} after {@code delayMillis}; later
     * ones get the standing answer again, as from a service with a passing fault. Queued, when called repeatedly.
     */
    public void answerOnce(String path, int status, String body, long delayMillis) {
        nextAnswers
                .computeIfAbsent(normalise(path), p -> new ConcurrentLinkedQueue<>())
                .add(new Answer(status, body, delayMillis, Map.of()));
    }

    /** A header of the last request for {@code path}, to check what the service under test sent along. */
    public Optional<String> lastHeader(String path, String name) {
        return Optional.ofNullable(lastHeaders.get(normalise(path))).map(headers -> headers.getFirst(name));
    }

    // Clients order query parameters as they like: compare them sorted.
    private static String normalise(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        if (question < 0) {
            return pathAndQuery;
        }
        String[] parameters = pathAndQuery.substring(question + 1).split("&");
        java.util.Arrays.sort(parameters);
        return pathAndQuery.substring(0, question) + "?" + String.join("&", parameters);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = normalise(exchange.getRequestURI().getPath()
                + (exchange.getRequestURI().getQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getQuery()));
        lastHeaders.put(path, exchange.getRequestHeaders());
        Answer once = nextAnswers.getOrDefault(path, EMPTY).poll();
        Answer answer = once != null
                ? once
                : answers.getOrDefault(
                        path,
                        answers.getOrDefault(
                                exchange.getRequestURI().getPath(), new Answer(404, NOT_FOUND, 0, Map.of())));
        try {
            Thread.sleep(answer.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        try {
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // The caller gave up waiting (a timeout under test): nothing to answer to.
        } finally {
            exchange.close();
        }
    }
}

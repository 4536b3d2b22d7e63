package org.ecommerce.system;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as {@code bin/ecommerce up} runs it — the four services and the root module in one Payara
 * Micro, wired to each other on the same server — started once for the test JVM and stopped when it ends. It
 * uses the database, keys and settings the build's test set-up prepared in {@code target/it}.
 */
final class SystemUnderTest {

    private static final List<String> CHECKS = List.of("customers-database", "inventory-database",
            "sales-database", "reviews-database", "reviews-inventory", "sales-dependencies");
    private static SystemUnderTest instance;

    private final URI server;
    private final Process process;
    private final FaultyProxy proxy;

    private SystemUnderTest() throws IOException, InterruptedException {
        Path it = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
        Path root = Path.of(System.getProperty("ecommerce.system.root", ".."));
        int port = freePort();
        server = URI.create("http://127.0.0.1:" + port + "/");

        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(it.resolve("micro.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        // The services reach each other on this server, as in the one-server layout, but through a proxy that
        // tests can make fail; the service identity is obtained directly.
        String self = "http://127.0.0.1:" + port;
        int proxyPort = freePort();
        proxy = new FaultyProxy(proxyPort, server);
        settings.setProperty("inventory/mp-rest/url", "http://127.0.0.1:" + proxyPort);
        settings.setProperty("customers/mp-rest/url", "http://127.0.0.1:" + proxyPort);
        settings.setProperty("ecommerce.service.token-url", self + "/v1/auth/service-token");
        // Recovery runs often, so that a test sees it finish what a fault left pending.
        settings.setProperty("ecommerce.sales.recovery-interval-seconds", "2");
        Path systemProperties = it.resolve("system.properties");
        try (Writer out = Files.newBufferedWriter(systemProperties, StandardCharsets.UTF_8)) {
            settings.store(out, "The system under test");
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("ecommerce.system.micro-jar"),
                "--nocluster", "--port", Integer.toString(port),
                "--addlibs", System.getProperty("ecommerce.system.jdbc-driver"),
                "--systemproperties", systemProperties.toString(),
                "--postbootcommandfile",
                root.resolve("payara-config/src/main/micro/post-boot-commands.asadmin").toString()));
        for (String[] war : new String[][] {{"customers", "/v1"}, {"inventory", "/v1/inventory"},
            {"sales", "/v1/sales"}, {"reviews", "/v1/reviews"}, {"root", "/"}}) {
            command.add("--deploy");
            command.add(root.resolve(war[0] + "-war/target/" + war[0] + ".war") + ":" + war[1]);
        }
        Path log = it.resolve("system.log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitReady(log);
    }

    /** The running system, started on first use. */
    static synchronized SystemUnderTest get() {
        if (instance == null) {
            try {
                instance = new SystemUnderTest();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the system", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the system", e);
            }
        }
        return instance;
    }

    URI server() {
        return server;
    }

    /** The proxy between the services. */
    FaultyProxy proxy() {
        return proxy;
    }

    // Payara Micro says it is ready even after a failed deployment: wait for every service's own checks.
    private void awaitReady(Path log) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The system stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(server.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = ready.body();
                if (ready.statusCode() == 200 && CHECKS.stream().allMatch(c -> ready.body().contains("\"" + c + "\""))) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        stop();
        throw new IllegalStateException("The system was not ready after 300 s (last readiness: " + last + "); see "
                + log);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

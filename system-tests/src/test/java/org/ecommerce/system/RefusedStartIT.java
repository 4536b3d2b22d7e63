package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Settings that must stop the customers service rather than let it run unsafely: a service secret too short to
 * resist guessing, and a configured first employee whose username someone already registered as a customer.
 * Each starts a customers server of its own beside the system under test, on the same database.
 */
class RefusedStartIT extends SystemIT {

    private static final Path IT = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
    private static final Path ROOT = Path.of(System.getProperty("ecommerce.system.root", ".."));

    @Test
    void aShortServiceSecretOrAClashingFirstEmployeeStopsCustomers() throws Exception {
        String taken = accounts.newCustomer();
        MicroServer shortSecret = start("short-secret", Map.of("ecommerce.service.secret", "only-twenty-bytes-xx"));
        MicroServer clash = start("admin-clash", Map.of("ecommerce.admin.username", taken));
        try {
            assertRefused(shortSecret, "ecommerce.service.secret (ECOMMERCE_SERVICE_SECRET) must be at least 32 bytes");
            assertRefused(clash, "ECOMMERCE_ADMIN_USERNAME " + taken + " is held by a customer account");
        } finally {
            shortSecret.requestStop();
            clash.requestStop();
            shortSecret.awaitStop();
            clash.awaitStop();
        }
        // The name stays the customer's: nothing was made of it.
        assertTrue(api.get("/v1/customers/" + taken).token(emp).send().body().contains("\"role\":\"customer\""));
    }

    private static MicroServer start(String name, Map<String, String> overrides) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(IT.resolve("system.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        settings.putAll(overrides);
        Path file = IT.resolve(name + ".properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings.store(out, "A customers server that must refuse to start");
        }
        Map<Path, String> wars = new LinkedHashMap<>();
        wars.put(ROOT.resolve("customers-war/target/customers.war"), "/v1");
        return new MicroServer(
                name,
                SystemUnderTest.freePort(),
                wars,
                List.of("customers-database"),
                List.of("@" + ROOT.resolve("payara-config/src/main/micro/jvm.options"), "-Xmx256m", "-XX:+UseSerialGC"),
                file,
                ROOT.resolve("payara-config/src/main/micro/post-boot-commands.asadmin"),
                IT.resolve(name + ".log"));
    }

    // Payara Micro says it is ready even after a failed deployment: the log and the readiness tell.
    private static void assertRefused(MicroServer server, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String text = "";
        while (System.nanoTime() < deadline) {
            text = server.log();
            if (text.contains("ready in") || !server.alive()) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertTrue(text.contains(line), () -> "expected \"" + line + "\" in " + server.logPath());
        if (server.alive()) {
            HttpResponse<String> ready = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.uri() + "health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertFalse(
                    ready.body().contains("\"customers-database\",\"status\":\"UP\""),
                    () -> "a refused service reports ready: " + ready.body());
        }
    }
}

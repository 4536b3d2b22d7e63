package org.ecommerce.server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.Socket;
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
import org.ecommerce.common.tools.ServiceRoles;

/**
 * A fresh Payara Server domain with the EAR deployed as an administrator would do it: {@code create-domain},
 * {@code start-domain}, payara-config's {@code configure-domain.sh} with this run's settings, {@code deploy}.
 * {@link #close()} stops and deletes it. Every step has a time limit, and a failure carries the end of
 * {@code server.log}.
 */
final class PayaraServerDomain implements AutoCloseable {

    /** With port base 4800: admin console 4848, HTTP 4880; nothing of the Micro layouts (8080, 5001-5004). */
    static final int ADMIN_PORT = 4848;

    static final int HTTP_PORT = 4880;
    private static final String NAME = "ecommerce-it";
    private static final List<String> CHECKS = List.of(
            "customers-database",
            "inventory-database",
            "sales-database",
            "reviews-database",
            "reviews-inventory",
            "sales-dependencies");

    private final Path home = Path.of(System.getProperty("ecommerce.server.home"));
    private final Path domains = Path.of(System.getProperty("ecommerce.server.domains"));
    private final Path it = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
    private boolean created;
    private boolean started;

    /** Creates, configures and deploys; on failure whatever was created is removed again. */
    static PayaraServerDomain start() {
        PayaraServerDomain domain = new PayaraServerDomain();
        try {
            domain.setUp();
            return domain;
        } catch (RuntimeException | Error e) {
            domain.close();
            throw e;
        }
    }

    private void setUp() {
        for (int port : new int[] {ADMIN_PORT, HTTP_PORT}) {
            if (inUse(port)) {
                throw new IllegalStateException("Port " + port + " is in use: another Payara Server domain runs "
                        + "with port base 4800 (stop it: asadmin stop-domain)");
            }
        }
        if (Files.isDirectory(domains.resolve(NAME))) {
            // Left by a killed run; its ports are free, so it does not run.
            local(Duration.ofSeconds(60), "delete-domain", "--domaindir", domains.toString(), NAME);
        }
        local(
                Duration.ofSeconds(240),
                "create-domain",
                "--nopassword",
                "--portbase",
                "4800",
                "--domaindir",
                domains.toString(),
                NAME);
        created = true;
        local(Duration.ofSeconds(240), "start-domain", "--domaindir", domains.toString(), NAME);
        started = true;
        // Connection statistics, for the test that the services use the pools the administrator sees.
        asadmin(
                Duration.ofSeconds(60),
                "set",
                "configs.config.server-config.monitoring-service.module-monitoring-levels.jdbc-connection-pool=HIGH");
        configure();
        // The JVM options configure-domain.sh added apply from the next start, as the README says.
        local(Duration.ofSeconds(240), "restart-domain", "--domaindir", domains.toString(), NAME);
        asadmin(Duration.ofSeconds(300), "deploy", System.getProperty("ecommerce.server.ear"));
        awaitReady();
    }

    /** Applies payara-config to the domain, as the README tells an administrator to. */
    private void configure() {
        Path settings = writeSettings();
        Path script = Path.of(System.getProperty("ecommerce.server.config"), "configure-domain.sh");
        ProcessBuilder command = new ProcessBuilder("bash", script.toString(), settings.toString());
        command.environment().put("ASADMIN", asadminPath().toString());
        command.environment().put("ASADMIN_OPTS", "--port " + ADMIN_PORT);
        command.environment().put("ECOMMERCE_JDBC_DRIVER", System.getProperty("ecommerce.server.jdbc-driver"));
        run(command, Duration.ofSeconds(180), "configure-domain.sh");
    }

    /** This run's settings (database, keys, secrets, admin) with the services wired to this server's port. */
    private Path writeSettings() {
        Properties micro = new Properties();
        try (Reader in = Files.newBufferedReader(it.resolve("micro.properties"), StandardCharsets.UTF_8)) {
            micro.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Run the tests with Maven (mvn verify): no settings in " + it, e);
        }
        Properties settings = new Properties();
        micro.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("ecommerce.it.") && !key.contains("/mp-rest/"))
                .forEach(key -> settings.setProperty(key, micro.getProperty(key)));
        // The password aliases are required; PostgreSQL's trust authentication here ignores their values. The
        // administrator's user is the tests' own, not the domain's.
        settings.remove("ecommerce.db.user");
        for (String service : ServiceRoles.SERVICES) {
            settings.putIfAbsent("ecommerce.db." + service + ".password", "unused-with-trust");
        }
        String self = "http://127.0.0.1:" + HTTP_PORT;
        settings.setProperty("customers/mp-rest/url", self);
        settings.setProperty("inventory/mp-rest/url", self);
        settings.setProperty("ecommerce.service.token-url", self + "/v1/auth/service-token");
        Path file = it.resolve("server-settings.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // Written line by line, not with Properties.store, whose escaping (\:) the script would pass on.
            for (String key : new java.util.TreeSet<>(settings.stringPropertyNames())) {
                out.write(key + "=" + settings.getProperty(key) + "\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
        return file;
    }

    // Like Payara Micro, the server reports success before the services are ready: wait for their checks.
    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                last = ready.statusCode() + " " + ready.body();
                if (ready.statusCode() == 200
                        && CHECKS.stream().allMatch(c -> ready.body().contains("\"" + c + "\""))) {
                    return;
                }
                Thread.sleep(1000);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for readiness", e);
            }
        }
        throw new IllegalStateException("The EAR was not ready after 120 s (last readiness: " + last + ")" + logTail());
    }

    /** Runs an asadmin subcommand against this domain and returns its output; fails with the log's tail. */
    String asadmin(Duration timeout, String... arguments) {
        List<String> command =
                new ArrayList<>(List.of(asadminPath().toString(), "--port", Integer.toString(ADMIN_PORT)));
        command.addAll(List.of(arguments));
        return run(new ProcessBuilder(command), timeout, "asadmin " + arguments[0]);
    }

    /** Runs a local asadmin subcommand (one that manages the domain's files and process, not its content). */
    private void local(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(asadminPath().toString()));
        command.addAll(List.of(arguments));
        run(new ProcessBuilder(command), timeout, "asadmin " + arguments[0]);
    }

    private String run(ProcessBuilder command, Duration timeout, String what) {
        command.redirectErrorStream(true);
        try {
            Path output = Files.createTempFile(it, "asadmin", ".out");
            command.redirectOutput(output.toFile());
            Process process = command.start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = Files.readString(output);
            Files.delete(output);
            if (!finished) {
                throw new IllegalStateException(
                        what + " did not finish within " + timeout.toSeconds() + " s:\n" + text + logTail());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        what + " failed (exit " + process.exitValue() + "):\n" + text + logTail());
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    /** The last lines of the domain's server.log, for failure messages. */
    String logTail() {
        Path log = domains.resolve(NAME).resolve("logs/server.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "\n(no server log at " + log + ")";
        }
    }

    private Path asadminPath() {
        return home.resolve("bin/asadmin");
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Stops and deletes the domain, whatever state the set-up reached. */
    @Override
    public void close() {
        try {
            if (started) {
                local(Duration.ofSeconds(120), "stop-domain", "--domaindir", domains.toString(), NAME);
                started = false;
            }
        } catch (RuntimeException e) {
            System.err.println("Stopping the domain failed: " + e.getMessage());
        } finally {
            if (created) {
                try {
                    local(Duration.ofSeconds(60), "delete-domain", "--domaindir", domains.toString(), NAME);
                    created = false;
                } catch (RuntimeException e) {
                    System.err.println("Deleting the domain failed: " + e.getMessage());
                }
            }
        }
    }
}

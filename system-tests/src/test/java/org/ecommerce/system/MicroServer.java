package org.ecommerce.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One Payara Micro process of the system under test, started as {@code bin/ecommerce} starts it: its WARs at
 * their context roots, the root module at {@code /}, the project's post-boot commands, no data grid, and its
 * output in its own log.
 */
final class MicroServer {

    // Printed once every application is loaded; readiness alone answers UP earlier than that.
    private static final Pattern STARTED = Pattern.compile("Payara Micro .* ready in");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final URI uri;
    private final List<String> checks;
    private final Path log;
    private final Process process;

    /**
     * Starts the server and returns at once, so that several start side by side.
     *
     * @param wars WAR file to context root
     * @param checks the readiness checks of its services, all of which must be UP before it counts as ready
     */
    MicroServer(
            String name,
            int port,
            Map<Path, String> wars,
            List<String> checks,
            List<String> jvmOptions,
            Path systemProperties,
            Path postBootCommands,
            Path log)
            throws IOException {
        this.name = name;
        this.uri = URI.create("http://127.0.0.1:" + port + "/");
        this.checks = List.copyOf(checks);
        this.log = log;
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                System.getProperty("ecommerce.system.micro-jar"),
                "--nohazelcast",
                "--disablephonehome",
                "--port",
                Integer.toString(port),
                // The JDBC driver of the services' pools, which the post-boot commands create.
                "--addlibs",
                System.getProperty("ecommerce.system.jdbc-driver"),
                "--systemproperties",
                systemProperties.toString(),
                "--prebootcommandfile",
                postBootCommands.resolveSibling("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile",
                postBootCommands.toString()));
        wars.forEach((war, contextRoot) -> {
            command.add("--deploy");
            command.add(war + ":" + contextRoot);
        });
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    URI uri() {
        return uri;
    }

    Path logPath() {
        return log;
    }

    /** What the server has logged so far. */
    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until the server has started and its readiness is UP with each of its own checks present. */
    void awaitReady(long deadlineNanos) throws InterruptedException, IOException {
        String last = "";
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            if (STARTED.matcher(Files.readString(log)).find()) {
                try {
                    HttpResponse<String> ready = CLIENT.send(
                            HttpRequest.newBuilder(uri.resolve("/health/ready"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    String body = ready.body();
                    last = body;
                    if (ready.statusCode() == 200 && checks.stream().allMatch(c -> body.contains("\"" + c + "\""))) {
                        return;
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " was not ready in time (last readiness: " + last + "); see " + log);
    }

    /** Asks the server to stop (Payara's shutdown hook then stops it cleanly). */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the server to end, killing it after a minute. */
    void awaitStop() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

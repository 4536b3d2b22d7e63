package org.ecommerce.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own ceiling for purchases: pgbench runs the statements of one purchase
 * ({@code pgbench/purchase.sql}), in the transactions the services run them in, on copies of the tables in a
 * scratch schema ({@code pgbench/setup.sql}, dropped afterwards), with as many clients as the benchmark had.
 * Purchases per second of the system over this figure is what holds from machine to machine.
 */
final class PurchaseStatements {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String pgbench;
    private final Map<String, String> connection = new HashMap<>();

    /** @param jdbcUrl the services' {@code jdbc:postgresql://host:port/database} */
    PurchaseStatements(String pgbench, String jdbcUrl, String user, String password) {
        this.pgbench = pgbench;
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        // libpq's variables, which psql and pgbench both read.
        connection.put("PGHOST", uri.getHost() == null ? "localhost" : uri.getHost());
        connection.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        connection.put("PGDATABASE", uri.getPath().substring(1));
        connection.put("PGUSER", user);
        if (password != null && !password.isEmpty()) {
            connection.put("PGPASSWORD", password);
        }
    }

    double transactionsPerSecond(int clients, Duration duration) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("bench-pgbench");
        try {
            Path setup = copy("setup.sql", dir);
            Path purchase = copy("purchase.sql", dir);
            String[] ids = run(List.of("psql", "-v", "ON_ERROR_STOP=1", "-qAt", "-f", setup.toString()), 120)
                    .strip()
                    .lines()
                    .reduce((a, b) -> b)
                    .orElseThrow()
                    .split("\\|");
            List<String> bench = new ArrayList<>(List.of(
                    pgbench,
                    "-n",
                    "-M",
                    "prepared",
                    "-c",
                    Integer.toString(clients),
                    "-j",
                    "2",
                    "-D",
                    "good=" + ids[0],
                    "-D",
                    "buyers=" + ids[1],
                    "-f",
                    purchase.toString()));
            // A short run first, as the system had its warm-up.
            run(append(bench, "-T", "3"), 60);
            String out = run(append(bench, "-T", Long.toString(duration.toSeconds())), duration.toSeconds() + 60);
            Matcher tps = TPS.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps:\n" + out);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            run(List.of("psql", "-qAt", "-c", "DROP SCHEMA IF EXISTS bench_purchase CASCADE"), 60);
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<String> append(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path file = dir.resolve(resource);
        try (InputStream in = PurchaseStatements.class.getResourceAsStream("/pgbench/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("pgbench/" + resource + " is missing from the class path");
            }
            Files.copy(in, file);
        }
        return file;
    }

    private String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(connection);
        Process process = builder.start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new UncheckedIOException(new IOException(
                    String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8)));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

package org.ecommerce.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Measures a running system and prints what it measured. It makes its own goods and customers (names starting
 * {@code bench_}), so it can run against any system whose first employee it is given, and it never asserts a
 * time: numbers vary with the machine, and belong in a report.
 *
 * <p>Settings, all from the environment: {@code ECOMMERCE_ADMIN_USERNAME} and {@code ECOMMERCE_ADMIN_PASSWORD}
 * (required), {@code ECOMMERCE_BENCH_URL} (default {@code http://localhost:8080}), one server per service with
 * {@code ECOMMERCE_BENCH_CUSTOMERS_URL}, {@code _INVENTORY_URL}, {@code _SALES_URL} (four-server layout),
 * {@code ECOMMERCE_BENCH_BUYERS} (default 16) and {@code ECOMMERCE_BENCH_PURCHASES} per buyer (default 10),
 * {@code ECOMMERCE_BENCH_PID_DIR} where the launcher keeps its pid files (default {@code .local/run}).
 */
public final class Benchmark {

    private static final String PASSWORD = "bench-passw0rd";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Client client;
    private final String admin;
    private final int buyers;
    private final int purchasesPerBuyer;

    private Benchmark(Client client, String admin, int buyers, int purchasesPerBuyer) {
        this.client = client;
        this.admin = admin;
        this.buyers = buyers;
        this.purchasesPerBuyer = purchasesPerBuyer;
    }

    /**
     * Runs every measurement once and prints the report.
     *
     * @param args none; settings come from the environment
     * @throws Exception when the system cannot be set up for the measurements
     */
    public static void main(String[] args) throws Exception {
        String base = env("ECOMMERCE_BENCH_URL", "http://localhost:8080");
        Map<String, URI> servers = new LinkedHashMap<>();
        servers.put("/v1", URI.create(env("ECOMMERCE_BENCH_CUSTOMERS_URL", base)));
        servers.put("/v1/inventory", URI.create(env("ECOMMERCE_BENCH_INVENTORY_URL", base)));
        servers.put("/v1/sales", URI.create(env("ECOMMERCE_BENCH_SALES_URL", base)));
        Client client = new Client(servers);
        String adminUser = System.getenv("ECOMMERCE_ADMIN_USERNAME");
        String adminPassword = System.getenv("ECOMMERCE_ADMIN_PASSWORD");
        if (adminUser == null || adminPassword == null) {
            System.err.println("Set ECOMMERCE_ADMIN_USERNAME and ECOMMERCE_ADMIN_PASSWORD to the system's first employee");
            System.exit(2);
        }
        Benchmark benchmark = new Benchmark(client, client.login(adminUser, adminPassword),
                Integer.parseInt(env("ECOMMERCE_BENCH_BUYERS", "16")),
                Integer.parseInt(env("ECOMMERCE_BENCH_PURCHASES", "10")));
        System.out.printf(Locale.ROOT, "E-commerce benchmark, %s, %d cores, servers %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), client.allServers());
        benchmark.run(Path.of(env("ECOMMERCE_BENCH_PID_DIR", ".local/run")));
    }

    private void run(Path pidDir) throws Exception {
        long good = addGood(buyers * purchasesPerBuyer);
        List<String> customers = parallel(buyers, i -> { }, this::newCustomer);
        List<String> tokens = new ArrayList<>();
        for (String username : customers) {
            String token = client.login(username, PASSWORD);
            client.expect(200, "PUT", "/v1/customers/" + username + "/charge", token, "{\"amount\": 1000.00}");
            tokens.add(token);
        }
        logins(customers);
        reads("GET /v1/sales/goods", 8, 50, "/v1/sales/goods?limit=50");
        reads("GET /v1/inventory/goods/{id}", 8, 50, "/v1/inventory/goods/" + good);
        purchases(good, tokens);
        memory(pidDir);
    }

    /** Right password, wrong password and unknown user, interleaved so that all three see the same load. */
    private void logins(List<String> customers) {
        Timings right = new Timings("login, right password");
        Timings wrong = new Timings("login, wrong password");
        Timings unknown = new Timings("login, unknown user");
        int rounds = Math.min(customers.size(), 16) * 2;
        for (int i = 0; i < rounds; i++) {
            // Two wrong attempts per customer at most: far below the throttle's ten.
            String username = customers.get(i % Math.min(customers.size(), 16));
            time(right, 200, "POST", "/v1/auth/login", null, Client.loginBody(username, PASSWORD));
            time(wrong, 401, "POST", "/v1/auth/login", null, Client.loginBody(username, "wrong-passw0rd"));
            time(unknown, 401, "POST", "/v1/auth/login", null, Client.loginBody(freshName(), "wrong-passw0rd"));
        }
        System.out.println(right.summary(0));
        System.out.println(wrong.summary(0));
        System.out.println(unknown.summary(0));
    }

    private void reads(String name, int threads, int perThread, String path) throws Exception {
        Timings timings = new Timings(name + " x" + threads);
        long start = System.nanoTime();
        parallel(threads, i -> {
            for (int n = 0; n < perThread; n++) {
                time(timings, 200, "GET", path, null, null);
            }
        }, i -> "");
        System.out.println(timings.summary(System.nanoTime() - start));
    }

    private void purchases(long good, List<String> tokens) throws Exception {
        Timings timings = new Timings("POST /v1/sales/purchases x" + tokens.size());
        String body = "{\"good_id\": " + good + ", \"quantity\": 1}";
        long start = System.nanoTime();
        parallel(tokens.size(), i -> {
            for (int n = 0; n < purchasesPerBuyer; n++) {
                time(timings, 201, "POST", "/v1/sales/purchases", tokens.get(i), body);
            }
        }, i -> "");
        System.out.println(timings.summary(System.nanoTime() - start));
        int left = client.expect(200, "GET", "/v1/inventory/goods/" + good, null, null).getInt("count");
        System.out.printf(Locale.ROOT, "%-34s stock left %d (expected 0)%n", "  check", left);
    }

    private void memory(Path pidDir) throws IOException {
        for (URI server : client.allServers()) {
            String metrics = client.sendTo(server, "GET", "/metrics", null, null).body();
            System.out.printf(Locale.ROOT, "%-34s heap used %s MiB, committed %s MiB, max %s MiB%n",
                    "memory " + server.getPort(), mib(metrics, "memory_usedHeap_bytes"),
                    mib(metrics, "memory_committedHeap_bytes"), mib(metrics, "memory_maxHeap_bytes"));
        }
        if (Files.isDirectory(pidDir)) {
            try (Stream<Path> pids = Files.list(pidDir)) {
                for (Path pidFile : pids.filter(p -> p.toString().endsWith(".pid")).sorted().toList()) {
                    String pid = Files.readString(pidFile).trim();
                    Path status = Path.of("/proc", pid, "status");
                    if (Files.exists(status)) {
                        String rss = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                                .findFirst().orElse("VmRSS: ?").replace("VmRSS:", "").trim();
                        System.out.printf(Locale.ROOT, "%-34s resident %s%n", "process " + pidFile.getFileName(), rss);
                    }
                }
            }
        }
    }

    private static String mib(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{")).findFirst()
                .map(l -> String.format(Locale.ROOT, "%.0f", Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))
                        / (1024 * 1024)))
                .orElse("?");
    }

    private void time(Timings timings, int expected, String method, String path, String token, String json) {
        long start = System.nanoTime();
        String outcome;
        try {
            int status = client.send(method, path, token, json).status();
            outcome = status == expected ? null : Integer.toString(status);
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName();
        }
        timings.add(System.nanoTime() - start, outcome);
    }

    private long addGood(int count) {
        return client.expect(201, "POST", "/v1/inventory/goods", admin, Json.createObjectBuilder()
                .add("name", "bench good " + freshName()).add("category", "electronics").add("price", 1.25)
                .add("count", count).build().toString()).getJsonNumber("id").longValue();
    }

    private String newCustomer(int i) {
        String username = freshName();
        client.expect(201, "POST", "/v1/customers", null, Json.createObjectBuilder()
                .add("full_name", "Bench Buyer " + i).add("username", username).add("password", PASSWORD)
                .add("age", 30).add("address", "1 Bench Street").add("gender", "x").add("marital_status", "single")
                .build().toString());
        return username;
    }

    /** Runs {@code work} on {@code n} threads at once and collects what {@code result} says of each. */
    private static List<String> parallel(int n, IntConsumer work, java.util.function.IntFunction<String> result)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    work.accept(index);
                    return result.apply(index);
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static String freshName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "bench_" + HexFormat.of().formatHex(bytes);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

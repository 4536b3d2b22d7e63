package org.ecommerce.bench;

import jakarta.json.Json;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a running system and prints what it measured: purchases, catalogue reads, customer reads and logins,
 * each by a number of concurrent clients in a closed loop (every client sends its next request when the last is
 * answered), first for a warm-up whose numbers are dropped, then for the measured window, with the CPU time the
 * servers spent per answered request (read from /proc, so it holds on a machine shared with noisy neighbours,
 * where requests per second do not); then each server's
 * memory, and PostgreSQL's own ceiling for a purchase's statements, measured with pgbench in the same run. It
 * makes its own goods and customers (names starting {@code bench_}), so it runs against any system whose first
 * employee it is given, and it asserts nothing: numbers belong in a report.
 *
 * <p>Settings, all from the environment: {@code ECOMMERCE_ADMIN_USERNAME} and {@code ECOMMERCE_ADMIN_PASSWORD}
 * (required); {@code ECOMMERCE_BENCH_URL} (default {@code http://localhost:8080}), or one server per service with
 * {@code ECOMMERCE_BENCH_CUSTOMERS_URL}, {@code _INVENTORY_URL}, {@code _SALES_URL} (four-server layout);
 * {@code ECOMMERCE_BENCH_CONNECTIONS} (16), {@code ECOMMERCE_BENCH_WARMUP_SECONDS} (15),
 * {@code ECOMMERCE_BENCH_SECONDS} (15); {@code ECOMMERCE_BENCH_SETTLE_SECONDS} (0), a mixed load of purchases and
 * catalogue reads before the first workload, for the JIT to settle on a freshly started server;
 * {@code ECOMMERCE_BENCH_PID_DIR}, where the launcher keeps its pid files
 * ({@code .local/run}); {@code ECOMMERCE_DB_URL} and {@code ECOMMERCE_DB_USER} for pgbench, as the services use
 * them; {@code ECOMMERCE_BENCH_PGBENCH}, the pgbench command ({@code pgbench}; {@code none} skips it).
 */
public final class Benchmark {

    private static final String PASSWORD = "bench-passw0rd";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Client client;
    private final String admin;
    private final int connections;
    private final Duration warmUp;
    private final Duration window;
    private final Duration settle;
    private final Processes processes;

    private Benchmark(
            Client client,
            String admin,
            int connections,
            Duration warmUp,
            Duration window,
            Duration settle,
            Processes processes) {
        this.processes = processes;
        this.client = client;
        this.admin = admin;
        this.connections = connections;
        this.warmUp = warmUp;
        this.window = window;
        this.settle = settle;
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
        String adminUser = System.getenv("ECOMMERCE_ADMIN_USERNAME");
        String adminPassword = System.getenv("ECOMMERCE_ADMIN_PASSWORD");
        if (adminUser == null || adminPassword == null) {
            System.err.println(
                    "Set ECOMMERCE_ADMIN_USERNAME and ECOMMERCE_ADMIN_PASSWORD to the system's first " + "employee");
            System.exit(2);
        }
        Client client = new Client(servers);
        Benchmark benchmark = new Benchmark(
                client,
                client.login(adminUser, adminPassword),
                Integer.parseInt(env("ECOMMERCE_BENCH_CONNECTIONS", "16")),
                Duration.ofSeconds(Long.parseLong(env("ECOMMERCE_BENCH_WARMUP_SECONDS", "15"))),
                Duration.ofSeconds(Long.parseLong(env("ECOMMERCE_BENCH_SECONDS", "15"))),
                Duration.ofSeconds(Long.parseLong(env("ECOMMERCE_BENCH_SETTLE_SECONDS", "0"))),
                new Processes(Path.of(env("ECOMMERCE_BENCH_PID_DIR", ".local/run"))));
        System.out.printf(
                Locale.ROOT,
                "E-commerce benchmark, %s, %d cores, servers %s%n",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                client.allServers());
        System.out.printf(
                Locale.ROOT,
                "%d concurrent clients per workload, %d s warm-up, %d s measured%n%n",
                benchmark.connections,
                benchmark.warmUp.toSeconds(),
                benchmark.window.toSeconds());
        Report report = benchmark.run();
        new Memory(client, benchmark.processes).print();
        String pgbench = env("ECOMMERCE_BENCH_PGBENCH", "pgbench");
        if (!"none".equals(pgbench)) {
            PurchaseStatements statements = new PurchaseStatements(
                    pgbench,
                    env("ECOMMERCE_DB_URL", "jdbc:postgresql://localhost:5432/ecommerce"),
                    env("ECOMMERCE_DB_USER", "postgres"),
                    System.getenv("ECOMMERCE_DB_PASSWORD"));
            double ceiling = statements.transactionsPerSecond(benchmark.connections, benchmark.window);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %8.1f purchases/s (pgbench, the statements of one purchase, " + "%d clients)%n",
                    "postgresql ceiling",
                    ceiling,
                    benchmark.connections);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %8.2f (system purchases/s over PostgreSQL's ceiling)%n",
                    "ratio",
                    report.purchasesPerSecond() / ceiling);
        }
    }

    /** What the report's last lines are computed from. */
    private record Report(double purchasesPerSecond) {}

    private Report run() throws Exception {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            customers.add(newCustomer(i));
        }
        // Enough stock that no purchase is refused for a shortage however fast the system is.
        int stock = 1_000_000;
        long good = addGood(stock);
        for (int i = 0; i < 20; i++) {
            addGood(100);
        }

        AtomicLong keys = new AtomicLong();
        String run = freshName();
        String purchase = "{\"good_id\": " + good + ", \"quantity\": 1}";
        Load.Request buy = worker -> client.send(
                "POST",
                "/v1/sales/purchases",
                customers.get(worker).token(),
                purchase,
                "Idempotency-Key",
                run + "-" + keys.incrementAndGet());
        Load.Request read = worker -> client.send("GET", "/v1/sales/goods?limit=20", null, null);
        Load load = new Load(connections, 201, buy);
        long bought = 0;
        if (!settle.isZero()) {
            // Half the clients buy, half read the catalogue: both paths get compiled before anything is measured.
            Load mixed = new Load(connections, 0, worker -> worker % 2 == 0 ? buy.send(worker) : read.send(worker));
            mixed.run(settle);
            bought = stock
                    - client.expect(200, "GET", "/v1/inventory/goods/" + good, null, null)
                            .getInt("count");
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %d s of purchases and catalogue reads before measuring%n",
                    "settled",
                    settle.toSeconds());
        }
        bought += load.run(warmUp).succeeded();
        Load.Result purchases = measured(load, "POST /v1/sales/purchases");
        bought += purchases.succeeded();
        int left = client.expect(200, "GET", "/v1/inventory/goods/" + good, null, null)
                .getInt("count");
        System.out.printf(
                Locale.ROOT,
                "%-28s stock taken %d, purchases answered 201 %d (warm-up included)%n",
                "  check",
                stock - left,
                bought);

        measure("GET /v1/sales/goods", 200, worker -> client.send("GET", "/v1/sales/goods?limit=20", null, null));
        measure("GET /v1/customers/{username}", 200, worker -> {
            Customer customer = customers.get(worker);
            return client.send("GET", "/v1/customers/" + customer.username(), customer.token(), null);
        });
        measure(
                "POST /v1/auth/login",
                200,
                worker -> client.send(
                        "POST",
                        "/v1/auth/login",
                        null,
                        Client.loginBody(customers.get(worker).username(), PASSWORD)));
        System.out.println();
        return new Report(purchases.perSecond());
    }

    private Load.Result measure(String name, int expected, Load.Request request) throws InterruptedException {
        Load load = new Load(connections, expected, request);
        load.run(warmUp);
        return measured(load, name);
    }

    /** Runs the measured window and prints its line, with the servers' CPU time per answered request. */
    private Load.Result measured(Load load, String name) throws InterruptedException {
        long cpuBefore = processes.cpuMillis();
        Load.Result result = load.run(window);
        long cpu = processes.cpuMillis() - cpuBefore;
        String line = result.line(name);
        if (cpuBefore >= 0 && result.succeeded() > 0) {
            line += String.format(Locale.ROOT, "  cpu=%.1f ms/req", (double) cpu / result.succeeded());
        }
        System.out.println(line);
        return result;
    }

    private record Customer(String username, String token) {}

    private Customer newCustomer(int i) {
        String username = freshName();
        client.expect(
                201,
                "POST",
                "/v1/customers",
                null,
                Json.createObjectBuilder()
                        .add("full_name", "Bench Buyer " + i)
                        .add("username", username)
                        .add("password", PASSWORD)
                        .add("age", 30)
                        .add("address", "1 Bench Street")
                        .add("gender", "x")
                        .add("marital_status", "single")
                        .build()
                        .toString());
        String token = client.login(username, PASSWORD);
        client.expect(200, "PUT", "/v1/customers/" + username + "/charge", token, "{\"amount\": 1000000.00}");
        return new Customer(username, token);
    }

    private long addGood(int count) {
        return client.expect(
                        201,
                        "POST",
                        "/v1/inventory/goods",
                        admin,
                        Json.createObjectBuilder()
                                .add("name", "bench good " + freshName())
                                .add("category", "electronics")
                                .add("price", 0.01)
                                .add("count", count)
                                .build()
                                .toString())
                .getJsonNumber("id")
                .longValue();
    }

    private static String freshName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "bench_" + HexFormat.of().formatHex(bytes);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

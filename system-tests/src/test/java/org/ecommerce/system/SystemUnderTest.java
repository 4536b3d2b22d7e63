package org.ecommerce.system;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as {@code bin/ecommerce up} runs it, started once for the test JVM and stopped when it ends,
 * in the layout the system property {@code ecommerce.system.layout} names: {@code one} (the default) — the four
 * services and the root module in one Payara Micro — or {@code split} — each service in its own Payara Micro
 * (with the root module), sales in two instances behind the tests' router, so that every call between services
 * crosses a process boundary and any sales instance may take any request. Either way the
 * services call each other through a {@link FaultyProxy} that tests can make fail, and tests see one address.
 * It uses the database, keys and settings the build's test set-up prepared in {@code ecommerce.it.dir}.
 */
final class SystemUnderTest {

    private record Service(String name, String contextRoot, List<String> checks) {}

    private static final List<Service> SERVICES = List.of(
            new Service("customers", "/v1", List.of("customers-database")),
            new Service("inventory", "/v1/inventory", List.of("inventory-database")),
            new Service("sales", "/v1/sales", List.of("sales-database", "sales-dependencies")),
            new Service("reviews", "/v1/reviews", List.of("reviews-database", "reviews-inventory")));
    private static SystemUnderTest instance;

    private final Path it = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
    private final Path root = Path.of(System.getProperty("ecommerce.system.root", ".."));
    private final List<MicroServer> servers = new ArrayList<>();
    private final Routes direct;
    private final FaultyProxy proxy;
    private final boolean split;
    private ValidatingProxy validator;
    private URI server;

    private SystemUnderTest(boolean split) throws IOException, InterruptedException {
        this.split = split;
        // Ports are chosen before any server starts: every server must know where the others are.
        Map<Service, Integer> ports = new LinkedHashMap<>();
        Map<String, URI> routes = new LinkedHashMap<>();
        int shared = freePort();
        for (Service service : SERVICES) {
            int port = split ? freePort() : shared;
            ports.put(service, port);
            routes.put(service.contextRoot(), URI.create("http://127.0.0.1:" + port + "/"));
        }
        URI customers = routes.get("/v1");
        // The rest of the site (/health, /openapi, unknown paths) is the root module's, which every server has.
        routes.put("/", customers);
        direct = new Routes(routes);
        proxy = new FaultyProxy(direct);
        Path systemProperties = writeSystemProperties(customers);

        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        URI entry;
        if (split) {
            for (Service service : SERVICES) {
                start(service.name(), ports.get(service), List.of(service));
            }
            // Two sales instances share the load (and recovery), as a scaled deployment runs them: purchases,
            // idempotent repeats and recovery must stay exact when any instance may take any request.
            Service sales = SERVICES.get(2);
            int secondSales = freePort();
            start("sales-2", secondSales, List.of(sales));
            direct.addInstance(sales.contextRoot(), URI.create("http://127.0.0.1:" + secondSales + "/"));
            // The tests' own calls go through a router that never fails, as through a load balancer.
            entry = new FaultyProxy(direct).uri();
        } else {
            start("system", shared, SERVICES);
            entry = customers;
        }
        // Generous: on a busy two-core machine four servers starting side by side took over 200 s.
        long deadline = System.nanoTime()
                + TimeUnit.SECONDS.toNanos(Long.getLong("ecommerce.system.start-timeout-seconds", 480));
        try {
            for (MicroServer micro : servers) {
                micro.awaitReady(deadline);
            }
            // The tests' calls pass the OpenAPI validator. One server serves the whole document itself, and that
            // is the one users read; in four servers each serves its own part, so the validator reads the source.
            String document = split
                    ? root.resolve("docs/openapi.yaml").toString()
                    : customers.resolve("/openapi").toString();
            validator = new ValidatingProxy(document, entry, freePort(), it.resolve("prism.log"));
            validator.awaitReady(deadline);
            server = validator.uri();
        } catch (RuntimeException | IOException e) {
            stop();
            throw e;
        }
    }

    /** The running system, started on first use. */
    static synchronized SystemUnderTest get() {
        if (instance == null) {
            String layout = System.getProperty("ecommerce.system.layout", "one");
            if (!layout.equals("one") && !layout.equals("split")) {
                throw new IllegalArgumentException("ecommerce.system.layout is one or split, not " + layout);
            }
            try {
                instance = new SystemUnderTest(layout.equals("split"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the system", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting the system", e);
            }
        }
        return instance;
    }

    /** Whether each service runs in its own server. */
    boolean split() {
        return split;
    }

    /** Where tests send their requests. */
    URI server() {
        return server;
    }

    /** The server that itself runs what answers this path, reached without any proxy. */
    URI serverFor(String path) {
        return direct.target(path);
    }

    /** The proxy between the services. */
    FaultyProxy proxy() {
        return proxy;
    }

    private Path writeSystemProperties(URI customers) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(it.resolve("micro.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        settings.setProperty("inventory/mp-rest/url", proxy.uri().toString());
        settings.setProperty("customers/mp-rest/url", proxy.uri().toString());
        // The service identity is obtained from customers directly, so that faults only hit the calls under test.
        settings.setProperty(
                "ecommerce.service.token-url",
                customers.resolve("/v1/auth/service-token").toString());
        // Recovery runs often, so that a test sees it finish what a fault left pending.
        settings.setProperty("ecommerce.sales.recovery-interval-seconds", "2");
        Path file = it.resolve("system.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            settings.store(out, "The system under test");
        }
        return file;
    }

    private void start(String name, int port, List<Service> services) throws IOException {
        Map<Path, String> wars = new LinkedHashMap<>();
        List<String> checks = new ArrayList<>();
        for (Service service : services) {
            wars.put(war(service.name()), service.contextRoot());
            checks.addAll(service.checks());
        }
        wars.put(war("root"), "/");
        // The JVM options of every layout, and the memory settings bin/ecommerce gives a server of that many
        // services.
        String options = "@" + root.resolve("payara-config/src/main/micro/jvm.options");
        List<String> jvm = services.size() > 1
                ? List.of(options, "-Xmx384m", "-XX:+UseG1GC", "-XX:TrimNativeHeapInterval=5000")
                : List.of(options, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=5000");
        servers.add(new MicroServer(
                name,
                port,
                wars,
                checks,
                jvm,
                it.resolve("system.properties"),
                root.resolve("payara-config/src/main/micro/post-boot-commands.asadmin"),
                it.resolve(name + ".log")));
    }

    private Path war(String module) {
        return root.resolve(module + "-war/target/" + module + ".war");
    }

    // All at once: each server's shutdown takes seconds, and they need not wait for each other.
    private synchronized void stop() {
        if (validator != null) {
            validator.stop();
        }
        servers.forEach(MicroServer::requestStop);
        servers.forEach(MicroServer::awaitStop);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

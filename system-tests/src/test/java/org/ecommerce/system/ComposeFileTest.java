package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} is valid and says what we promise: PostgreSQL and the four services, each in the
 * official Payara Micro image on its own published port, healthy only when its own readiness checks are, started
 * after what it needs, and without a secret in the file. Checked by {@code docker-compose config}, which resolves
 * and validates the file without a Docker engine; skipped where docker-compose is not installed.
 */
class ComposeFileTest {

    private static final Path ROOT =
            Path.of(System.getProperty("ecommerce.system.root", "..")).toAbsolutePath();
    private static final String SERVICE_SECRET = "test-service-secret-of-at-least-32-bytes";
    private static final Map<String, String> SECRETS = Map.of(
            "POSTGRES_PASSWORD", "test-db-password",
            "ECOMMERCE_SERVICE_SECRET", SERVICE_SECRET,
            "ECOMMERCE_DB_CUSTOMERS_PASSWORD", "customers-db-password",
            "ECOMMERCE_DB_INVENTORY_PASSWORD", "inventory-db-password",
            "ECOMMERCE_DB_SALES_PASSWORD", "sales-db-password",
            "ECOMMERCE_DB_REVIEWS_PASSWORD", "reviews-db-password");
    private static final List<String> SERVICES = List.of("customers", "inventory", "sales", "reviews");

    private record Result(int exit, String output, String errors) {}

    @BeforeAll
    static void dockerComposeIsInstalled() {
        assumeTrue(
                onPath("docker-compose"),
                "docker-compose is not installed: docker-compose.yml was NOT validated on this machine");
    }

    @Test
    void describesFourServicesOnTheirPortsEachWithItsOwnReadiness() throws Exception {
        Result result = config(SECRETS);
        assertEquals(0, result.exit(), result.errors());
        Map<String, Map<String, Object>> services = section(new Yaml().load(result.output()), "services");
        assertEquals(Set.of("postgres", "customers", "inventory", "sales", "reviews"), services.keySet());

        assertService(services.get("customers"), 5001, "customers.war:/v1", "customers-database");
        assertService(services.get("inventory"), 5002, "inventory.war:/v1/inventory", "inventory-database");
        assertService(services.get("sales"), 5003, "sales.war:/v1/sales", "sales-database sales-dependencies");
        assertService(services.get("reviews"), 5004, "reviews.war:/v1/reviews", "reviews-database reviews-inventory");

        assertEquals(Set.of("postgres", "customers", "inventory"), waitsForHealthy(services.get("sales")));
        assertEquals(Set.of("postgres", "inventory"), waitsForHealthy(services.get("reviews")));
        assertEquals(Set.of("postgres"), waitsForHealthy(services.get("customers")));
        assertEquals(Set.of("postgres"), waitsForHealthy(services.get("inventory")));
    }

    @Test
    void wiresTheServicesToEachOtherLikeTheLauncher() throws Exception {
        Result result = config(SECRETS);
        assertEquals(0, result.exit(), result.errors());
        Map<String, Map<String, Object>> services = section(new Yaml().load(result.output()), "services");
        for (String name : SERVICES) {
            Map<String, Object> environment = section(services.get(name), "environment");
            assertEquals("http://inventory:8080", environment.get("INVENTORY_MP_REST_URL"), name);
            assertEquals("http://customers:8080", environment.get("CUSTOMERS_MP_REST_URL"), name);
            assertEquals(
                    "http://customers:8080/v1/auth/service-token",
                    environment.get("ECOMMERCE_SERVICE_TOKEN_URL"),
                    name);
            // The secrets are the ones given by the environment, so none can be written in the file; the service
            // secret only where it is used: customers issues the service identity, sales calls under it.
            boolean usesServiceSecret = name.equals("customers") || name.equals("sales");
            assertEquals(usesServiceSecret ? SERVICE_SECRET : null, environment.get("ECOMMERCE_SERVICE_SECRET"), name);
            // Each service its own database role, and no other's password; none the administrator's.
            for (String other : SERVICES) {
                String variable = "ECOMMERCE_DB_" + other.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD";
                assertEquals(other.equals(name) ? SECRETS.get(variable) : null, environment.get(variable), name);
            }
            assertEquals(
                    "ecommerce_" + name,
                    environment.get("ECOMMERCE_DB_" + name.toUpperCase(java.util.Locale.ROOT) + "_USER"),
                    name);
            assertFalse(environment.containsValue("test-db-password"), name + " sees the administrator's password");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "POSTGRES_PASSWORD",
                "ECOMMERCE_SERVICE_SECRET",
                "ECOMMERCE_DB_CUSTOMERS_PASSWORD",
                "ECOMMERCE_DB_INVENTORY_PASSWORD",
                "ECOMMERCE_DB_SALES_PASSWORD",
                "ECOMMERCE_DB_REVIEWS_PASSWORD"
            })
    void refusesToRunWithoutASecret(String secret) throws Exception {
        Map<String, String> withoutIt = new HashMap<>(SECRETS);
        withoutIt.remove(secret);

        Result result = config(withoutIt);

        assertNotEquals(0, result.exit(), "docker-compose config succeeded without " + secret);
        assertTrue(result.errors().contains("set " + secret), result.errors());
    }

    private static void assertService(Map<String, Object> service, int port, String war, String checks) {
        assertEquals("payara/micro:6.2025.10-jdk17", service.get("image"));
        List<Map<String, Object>> ports = list(service.get("ports"));
        assertEquals(1, ports.size(), ports::toString);
        assertEquals(port, ((Number) ports.get(0).get("published")).intValue());
        assertEquals(8080, ((Number) ports.get(0).get("target")).intValue());

        List<String> command = list(service.get("command"));
        assertTrue(command.contains("--nohazelcast"), command::toString);
        assertTrue(command.contains("--disablephonehome"), command::toString);
        assertTrue(command.contains("/opt/payara/wars/" + war), command::toString);
        assertTrue(command.contains("/opt/payara/wars/root.war:/"), command::toString);
        List<Object> volumes = list(service.get("volumes"));
        // The listener's settings are applied before boot (see pre-boot-commands.asadmin), from the project's file.
        int preboot = command.indexOf("--prebootcommandfile");
        assertTrue(preboot >= 0, command::toString);
        assertMounted(volumes, "payara-config/src/main/micro/pre-boot-commands.asadmin", command.get(preboot + 1));
        // The post-boot commands create the service's JDBC pool, whose driver must be on the server's class path.
        int addlibs = command.indexOf("--addlibs");
        assertTrue(addlibs >= 0, command::toString);
        String driver = command.get(addlibs + 1);
        assertTrue(volumes.stream().anyMatch(v -> v.toString().contains(driver)), () -> driver + " not in " + volumes);

        // The JVM options every Payara Micro of the system starts with, from the one file that holds them.
        String jvm = String.valueOf(section(service, "environment").get("JDK_JAVA_OPTIONS"));
        assertTrue(jvm.startsWith("@/opt/payara/config/jvm.options "), jvm);
        assertTrue(
                jvm.contains("-Xmx256m")
                        && jvm.contains("-XX:+UseSerialGC")
                        && jvm.contains("-XX:TrimNativeHeapInterval"),
                jvm);
        assertMounted(volumes, "payara-config/src/main/micro/jvm.options", "/opt/payara/config/jvm.options");

        String test = String.join(" ", list(section(service, "healthcheck").get("test")));
        assertTrue(test.contains("/health/ready") && test.contains("READY_CHECKS"), test);
        assertEquals(checks, section(service, "environment").get("READY_CHECKS"));
    }

    /** The project's file is mounted at that point; compose prints volumes with absolute host paths. */
    private static void assertMounted(List<Object> volumes, String projectFile, String mountPoint) {
        assertTrue(
                volumes.stream()
                        .anyMatch(v -> v.toString().contains(projectFile)
                                && v.toString().contains(mountPoint)),
                () -> projectFile + " is not mounted at " + mountPoint + ": " + volumes);
    }

    private static Set<String> waitsForHealthy(Map<String, Object> service) {
        Map<String, Map<String, Object>> dependencies = section(service, "depends_on");
        dependencies.forEach((name, condition) -> assertEquals("service_healthy", condition.get("condition"), name));
        return dependencies.keySet();
    }

    /** Runs {@code docker-compose config} with only these variables (and what it needs to run) set. */
    private static Result config(Map<String, String> variables) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("compose", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            "docker-compose",
                            "--project-directory",
                            ROOT.toString(),
                            "-f",
                            ROOT.resolve("docker-compose.yml").toString(),
                            "config")
                    .redirectError(errors.toFile());
            // Nothing from the developer's shell may decide the outcome, such as a secret or a port that is set there.
            Map<String, String> environment = builder.environment();
            environment.keySet().retainAll(Set.of("PATH", "HOME", "LANG"));
            environment.putAll(variables);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
            return new Result(process.exitValue(), output, Files.readString(errors));
        } finally {
            Files.delete(errors);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> section(Object parent, String key) {
        Object value = ((Map<String, Object>) parent).get(key);
        assertTrue(value instanceof Map, () -> key + " is missing in " + parent);
        return (Map<String, T>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertTrue(value instanceof List, () -> "not a list: " + value);
        return (List<T>) value;
    }
}

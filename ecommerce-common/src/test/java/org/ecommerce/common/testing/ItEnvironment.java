package org.ecommerce.common.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;
import org.ecommerce.common.tools.CreateDatabase;
import org.ecommerce.common.tools.LocalSecrets;
import org.ecommerce.common.tools.ServiceRoles;

/**
 * Prepares what a WAR's integration tests run against, before Failsafe starts them: a freshly created database
 * (the service's migrations then run when Arquillian deploys the WAR), test keys and secrets, and
 * {@code micro.properties}, the system properties Payara Micro starts with. Nothing is reused from an earlier
 * run.
 *
 * <p>Arguments: {@code <dir> <jdbc-url> <user> [password]}
 */
public final class ItEnvironment {

    private ItEnvironment() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String url = args[1];
        String user = args[2];
        String password = args.length > 3 && args[3] != null ? args[3] : "";
        CreateDatabase.prepare(url, user, password, true);
        // The servers under test connect as the services' own roles, as in every layout; the tests' own SQL
        // (ItSettings.database()) as the administrator.
        List<ServiceRoles.Role> roles = ServiceRoles.configured(name -> null);
        ServiceRoles.prepare(url, user, password, roles);
        Path keys = dir.resolve("keys");
        deleteRecursively(keys);
        LocalSecrets.ensure(keys);

        Properties micro = new Properties();
        micro.setProperty("ecommerce.db.url", url);
        micro.setProperty("ecommerce.db.user", user);
        for (ServiceRoles.Role role : roles) {
            micro.setProperty("ecommerce.db." + role.schema() + ".user", role.user());
        }
        if (!password.isEmpty()) {
            micro.setProperty("ecommerce.db.password", password);
        }
        micro.setProperty(
                "mp.jwt.verify.publickey.location",
                keys.resolve(LocalSecrets.PUBLIC_KEY).toUri().toString());
        micro.setProperty(
                "ecommerce.jwt.private-key.location",
                keys.resolve(LocalSecrets.PRIVATE_KEY).toAbsolutePath().toString());
        micro.setProperty(
                "ecommerce.service.secret",
                Files.readString(keys.resolve(LocalSecrets.SERVICE_SECRET)).trim());
        micro.setProperty(
                "ecommerce.operations.token",
                Files.readString(keys.resolve(LocalSecrets.OPERATIONS_TOKEN)).trim());
        // A second configured service name, for tests that throttle a name without touching sales's own.
        micro.setProperty("ecommerce.service.names", "sales,it-caller");
        // Purge expired idempotency keys every few seconds, so that a test can watch it happen.
        micro.setProperty("ecommerce.idempotency.purge-interval-seconds", "2");
        micro.setProperty("ecommerce.cors.allowed-origins", "https://shop.example");
        // Services that call other services reach a stub in the test JVM (StubServer) on a port fixed now,
        // before the server starts.
        String stub = "http://127.0.0.1:" + freePort();
        micro.setProperty("ecommerce.it.stub-url", stub);
        micro.setProperty("inventory/mp-rest/url", stub);
        micro.setProperty("customers/mp-rest/url", stub);
        micro.setProperty("ecommerce.service.token-url", stub + "/v1/auth/service-token");
        micro.setProperty("ecommerce.admin.username", "it_admin");
        micro.setProperty("ecommerce.admin.password", "Adm1n" + Long.toHexString(new SecureRandom().nextLong()));
        Files.createDirectories(dir);
        try (Writer out = Files.newBufferedWriter(dir.resolve("micro.properties"), StandardCharsets.UTF_8)) {
            micro.store(out, "Written by ItEnvironment for this test run only");
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

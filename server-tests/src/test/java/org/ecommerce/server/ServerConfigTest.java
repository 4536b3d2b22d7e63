package org.ecommerce.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps payara-config's Payara Server commands in step with what they repeat: the pools of Payara Micro's
 * post-boot commands, and the settings in each WAR's own microprofile-config.properties, which an EAR on Payara
 * Server does not read.
 */
class ServerConfigTest {

    private static final Path ROOT = Path.of(System.getProperty("ecommerce.root", ".."));
    private static final Path DOMAIN = ROOT.resolve("payara-config/src/main/server/domain.asadmin");
    private static final Path JVM_OPTIONS = ROOT.resolve("payara-config/src/main/micro/jvm.options");
    private static final Path EXAMPLE = ROOT.resolve("payara-config/src/main/server/settings.example.properties");
    private static final Path MICRO = ROOT.resolve("payara-config/src/main/micro/post-boot-commands.asadmin");
    /** Settings that differ by deployment: the administrator's settings file gives them, not domain.asadmin. */
    private static final Set<String> DEPLOYMENT = Set.of(
            "ecommerce.db.url",
            "ecommerce.db.customers.user",
            "ecommerce.db.inventory.user",
            "ecommerce.db.sales.user",
            "ecommerce.db.reviews.user",
            "customers/mp-rest/url",
            "inventory/mp-rest/url");
    /**
     * Which part of the OpenAPI document a WAR serves on its own. The EAR's four modules are one application with
     * one document, the whole one, so Payara Server has no such setting.
     */
    private static final String OWN_DOCUMENT_PART = "ecommerce.openapi.service";

    private static final Pattern SET_CONFIG =
            Pattern.compile("set-config-property --source=domain --propertyName=(\\S+) --propertyValue=(\\S*)");

    @Test
    void payaraServerCreatesThePoolsPayaraMicroCreates() throws IOException {
        List<String> server = poolCommands(DOMAIN);

        assertEquals(
                12,
                server.stream()
                        .filter(line -> line.startsWith("set resources."))
                        .count(),
                server::toString);
        assertEquals(poolCommands(MICRO), server);
    }

    @Test
    void payaraServerStartsItsJvmWithTheOptionsOfEveryPayaraMicro() throws IOException {
        List<String> micro = Files.readAllLines(JVM_OPTIONS, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        // asadmin separates options at a colon, so the domain's file escapes each one, and multimode takes one
        // backslash itself: two backslashes and a colon in the file are a colon in the option.
        List<String> server = Files.readAllLines(DOMAIN, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("create-jvm-options "))
                .map(line -> line.substring("create-jvm-options ".length()).replace("\\\\:", ":"))
                .toList();
        assertFalse(micro.isEmpty());
        assertEquals(micro, server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"customers", "inventory", "sales", "reviews"})
    void everySettingOfAWarReachesItInTheEar(String service) throws IOException {
        Map<String, String> domain = domainSettings();
        Properties example = load(EXAMPLE);
        Properties war =
                load(ROOT.resolve(service + "-war/src/main/resources/META-INF/microprofile-config.properties"));
        assertFalse(war.isEmpty());

        for (String key : war.stringPropertyNames()) {
            if (key.equals(OWN_DOCUMENT_PART)) {
                assertEquals(service, war.getProperty(key));
                assertFalse(domain.containsKey(key), key + " in " + DOMAIN);
            } else if (DEPLOYMENT.contains(key)) {
                assertTrue(example.containsKey(key), key + " is missing from " + EXAMPLE);
            } else {
                assertEquals(war.getProperty(key), domain.get(key), service + "'s " + key + " in " + DOMAIN);
            }
        }
    }

    private static Map<String, String> domainSettings() throws IOException {
        Map<String, String> settings = new HashMap<>();
        for (String line : Files.readAllLines(DOMAIN, StandardCharsets.UTF_8)) {
            Matcher set = SET_CONFIG.matcher(line);
            if (set.matches()) {
                settings.put(set.group(1), set.group(2));
            }
        }
        return settings;
    }

    private static List<String> poolCommands(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("create-jdbc-") || line.startsWith("set resources.jdbc-"))
                .toList();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}

package org.ecommerce.common.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** What {@link ItEnvironment} prepared for this test run, read by the tests. */
public final class ItSettings {

    private static ItSettings instance;

    private final Path dir;
    private final Properties properties = new Properties();

    private ItSettings(Path dir) {
        this.dir = dir;
        try (Reader in = Files.newBufferedReader(dir.resolve("micro.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Run the tests with Maven (mvn verify): " + dir + " has no settings", e);
        }
    }

    /** The settings of this run, from the folder Maven passes as {@code ecommerce.it.dir}. */
    public static synchronized ItSettings get() {
        if (instance == null) {
            instance = new ItSettings(Path.of(System.getProperty("ecommerce.it.dir", "target/it")));
        }
        return instance;
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not set in " + dir);
        }
        return value;
    }

    public Path privateKey() {
        return Path.of(get("ecommerce.jwt.private-key.location"));
    }

    public String adminUsername() {
        return get("ecommerce.admin.username");
    }

    public String adminPassword() {
        return get("ecommerce.admin.password");
    }

    public String serviceSecret() {
        return get("ecommerce.service.secret");
    }

    /** A direct connection to the service's database, for checking invariants behind the API's back. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(
                get("ecommerce.db.url"), get("ecommerce.db.user"), properties.getProperty("ecommerce.db.password", ""));
    }
}

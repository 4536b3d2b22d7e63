package org.ecommerce.common.tools;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the PostgreSQL database a JDBC URL names when it does not exist ({@code --recreate}: drops it first,
 * for test runs that must not depend on what an earlier run left), then the services' own roles and schemas in
 * it ({@link ServiceRoles}, named by {@code ECOMMERCE_DB_<SERVICE>_USER} and {@code _PASSWORD}). The user given
 * here is the administrator of this set-up only; no server runs as it. It connects to the server's {@code postgres}
 * database to do so. On failure it prints one line saying what is wrong and exits with 1: the launcher shows
 * that line instead of a stack trace from a server that failed to start.
 *
 * <p>Usage: {@code CreateDatabase [--recreate] <jdbc-url> <user> [password]}
 */
public final class CreateDatabase {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private CreateDatabase() {}

    /**
     * Runs the tool; exits with 2 on wrong usage and with 1, after one line on standard error, when the
     * database cannot be prepared.
     *
     * @param args {@code [--recreate] <jdbc-url> <user> [password]}; the password defaults to empty
     */
    public static void main(String[] args) {
        boolean recreate = args.length > 0 && args[0].equals("--recreate");
        int first = recreate ? 1 : 0;
        if (args.length - first < 2) {
            System.err.println("usage: CreateDatabase [--recreate] <jdbc-url> <user> [password]");
            System.exit(2);
        }
        String url = args[first];
        String user = args[first + 1];
        String password = args.length - first > 2 ? args[first + 2] : "";
        try {
            prepare(url, user, password, recreate);
            ServiceRoles.prepare(url, user, password, ServiceRoles.configured(ServiceRoles::fromEnvironment));
        } catch (SQLException e) {
            System.err.println("Cannot prepare the database at " + url + " as user " + user + ": "
                    + firstLine(e.getMessage()) + " (set ECOMMERCE_DB_URL, ECOMMERCE_DB_USER, ECOMMERCE_DB_PASSWORD)");
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Creates the database {@code url} names if it is missing, after dropping it when {@code recreate}.
     *
     * @param url      a {@code jdbc:postgresql://host:port/database} URL; the database name must be letters, digits
     *                 and underscores, or an {@link IllegalArgumentException} is thrown
     * @param user     the user to connect as, who must be allowed to create (and drop) databases
     * @param password the user's password, empty for none
     * @param recreate whether to drop the database first (forcibly, even with open connections)
     * @throws SQLException when the server cannot be reached or refuses
     */
    public static void prepare(String url, String user, String password, boolean recreate) throws SQLException {
        String name = databaseName(url);
        String maintenanceUrl = url.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // The driver directly, not DriverManager: in a build that runs this in several class loaders (one per
        // module), DriverManager only knows the driver of the first.
        try (Connection connection = new org.postgresql.Driver().connect(maintenanceUrl, credentials);
                Statement statement = connection.createStatement()) {
            if (recreate) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            if (!exists(connection, name)) {
                statement.execute("CREATE DATABASE " + name);
                System.out.println("Created database " + name);
            }
        }
    }

    static String databaseName(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(
                    "Not a PostgreSQL JDBC URL: " + url + " (expected jdbc:postgresql://host:port/database)");
        }
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        String name = path == null ? "" : path.replaceFirst("^/", "");
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "The JDBC URL " + url + " must name a database made of letters, " + "digits and underscores");
        }
        return name;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

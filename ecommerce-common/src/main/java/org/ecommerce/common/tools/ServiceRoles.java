package org.ecommerce.common.tools;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The database roles the services run as: one per service, a plain login role (no superuser, no database or
 * role creation) that owns its service's schema and is granted nothing else, so that a flaw in one service
 * cannot read or change another's data, and no server holds superuser credentials. The launcher and the test
 * set-up create them through {@link CreateDatabase}, connected as an administrator; so can an operator, by hand
 * or with that tool. Objects an older version created in a schema as another user are handed to the schema's
 * role.
 */
public final class ServiceRoles {

    /** The services, each with the schema of its name. */
    public static final List<String> SERVICES = List.of("customers", "inventory", "sales", "reviews");

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private ServiceRoles() {}

    /**
     * One service's role.
     *
     * @param schema   the service's schema
     * @param user     the role's name
     * @param password its password, empty to leave the role's password as it is (trust or peer authentication)
     */
    public record Role(String schema, String user, String password) {

        /** Refuses names that would need quoting: they end up in DDL, which takes no parameters. */
        public Role {
            if (!SAFE_NAME.matcher(schema).matches() || !SAFE_NAME.matcher(user).matches()) {
                throw new IllegalArgumentException("A database role and schema are lower-case letters, digits and "
                        + "underscores, not " + user + " and " + schema);
            }
        }

        @Override
        public String toString() {
            return "Role[schema=" + schema + ", user=" + user + "]";
        }
    }

    /**
     * The roles as configured, from MicroProfile Config names: {@code ecommerce.db.<service>.user} (default
     * {@code ecommerce_<service>}) and {@code ecommerce.db.<service>.password} (default none).
     *
     * @param config looks a property up by name, {@code null} when it is not set
     * @return the four roles, in the order of {@link #SERVICES}
     */
    public static List<Role> configured(UnaryOperator<String> config) {
        List<Role> roles = new ArrayList<>();
        for (String service : SERVICES) {
            String user = config.apply("ecommerce.db." + service + ".user");
            String password = config.apply("ecommerce.db." + service + ".password");
            roles.add(
                    new Role(service, user == null ? "ecommerce_" + service : user, password == null ? "" : password));
        }
        return roles;
    }

    /**
     * Looks a MicroProfile Config name up in the environment, as MicroProfile Config maps it
     * ({@code ecommerce.db.customers.user} ← {@code ECOMMERCE_DB_CUSTOMERS_USER}).
     *
     * @param name the property name
     * @return the variable's value, {@code null} when it is not set or empty
     */
    public static String fromEnvironment(String name) {
        String value = System.getenv(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Creates the roles that are missing, makes each a plain login role that owns its schema (created when
     * missing) and everything in it, and takes from {@code PUBLIC} the right to create objects in
     * {@code public}. A role named like the administrator is skipped: that operator runs every service as one
     * user, by choice.
     *
     * @param url           the service database, {@code jdbc:postgresql://host:port/database}
     * @param adminUser     a user allowed to create roles and schemas there
     * @param adminPassword its password, empty for none
     * @param roles         the services' roles
     * @throws SQLException when the server refuses
     */
    public static void prepare(String url, String adminUser, String adminPassword, List<Role> roles)
            throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", adminUser);
        credentials.setProperty("password", adminPassword);
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            for (Role role : roles) {
                if (role.user().equals(adminUser)) {
                    continue;
                }
                if (!roleExists(connection, role.user())) {
                    statement.execute("CREATE ROLE " + role.user() + " LOGIN");
                }
                statement.execute("ALTER ROLE " + role.user() + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
                if (!role.password().isEmpty()) {
                    statement.execute(
                            "ALTER ROLE " + role.user() + " PASSWORD " + literal(connection, role.password()));
                }
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + role.schema() + " AUTHORIZATION " + role.user());
                statement.execute("ALTER SCHEMA " + role.schema() + " OWNER TO " + role.user());
                statement.execute("REVOKE ALL ON SCHEMA " + role.schema() + " FROM PUBLIC");
                statement.execute(handOver(role));
            }
        }
    }

    // Tables (their identity and serial sequences follow them), views, free-standing sequences and routines.
    private static String handOver(Role role) {
        return """
                DO $$
                DECLARE
                    item record;
                BEGIN
                    FOR item IN SELECT c.oid::regclass AS name, c.relkind AS kind FROM pg_class c
                            JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = '%1$s' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                              AND pg_get_userbyid(c.relowner) <> '%2$s'
                              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
                    LOOP
                        EXECUTE format('ALTER %%s %%s OWNER TO %2$s',
                            CASE item.kind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                           WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, item.name);
                    END LOOP;
                    FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                            JOIN pg_namespace n ON n.oid = p.pronamespace
                            WHERE n.nspname = '%1$s' AND pg_get_userbyid(p.proowner) <> '%2$s'
                    LOOP
                        EXECUTE format('ALTER ROUTINE %%s OWNER TO %2$s', item.name);
                    END LOOP;
                END
                $$""".formatted(role.schema(), role.user());
    }

    private static boolean roleExists(Connection connection, String user) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    // DDL takes no parameters: the server quotes the password itself.
    private static String literal(Connection connection, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT quote_literal(?)")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}

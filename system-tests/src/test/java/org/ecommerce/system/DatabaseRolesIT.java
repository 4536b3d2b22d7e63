package org.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.ecommerce.common.testing.ItSettings;
import org.ecommerce.common.tools.ServiceRoles;
import org.junit.jupiter.api.Test;

/** Least privilege in the database: each service connects as its own role, which reaches its own schema only. */
class DatabaseRolesIT extends SystemIT {

    private static final Set<String> ROLES =
            Set.of("ecommerce_customers", "ecommerce_inventory", "ecommerce_sales", "ecommerce_reviews");

    @Test
    void theRunningServersConnectOnlyAsTheServicesRolesNoneASuperuser() throws SQLException {
        // Traffic to every service, so that each pool holds connections.
        accounts.token(accounts.newCustomer());
        api.get("/v1/sales/goods").send();
        api.get("/v1/reviews/product/1/summary").send();

        Set<String> users = new HashSet<>();
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT DISTINCT a.usename, r.rolsuper FROM "
                        + "pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename "
                        + "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                users.add(rows.getString(1));
                assertFalse(rows.getBoolean(2), rows.getString(1) + " is a superuser");
            }
        }
        assertEquals(ROLES, users);
    }

    @Test
    void aServicesRoleOwnsItsSchemaAndCannotReachAnother() throws SQLException {
        for (String service : ServiceRoles.SERVICES) {
            try (Connection db = as("ecommerce_" + service);
                    Statement statement = db.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT nspowner::regrole::text FROM pg_namespace " + "WHERE nspname = '" + service + "'")) {
                    assertTrue(rows.next());
                    assertEquals("ecommerce_" + service, rows.getString(1));
                }
                for (String other : ServiceRoles.SERVICES) {
                    if (other.equals(service)) {
                        continue;
                    }
                    SQLException refused = assertThrows(
                            SQLException.class,
                            () -> statement.executeQuery("SELECT 1 FROM " + other + ".idempotency_key LIMIT 1"),
                            service + " reads " + other);
                    assertEquals("42501", refused.getSQLState(), refused::getMessage);
                }
                SQLException create = assertThrows(
                        SQLException.class, () -> statement.execute("CREATE TABLE public.intruder (id int)"));
                assertEquals("42501", create.getSQLState(), create::getMessage);
            }
        }
    }

    private static Connection as(String role) throws SQLException {
        String url = ItSettings.get().get("ecommerce.db.url");
        Properties credentials = new Properties();
        credentials.setProperty("user", role);
        credentials.setProperty("password", "");
        return new org.postgresql.Driver().connect(url, credentials);
    }
}

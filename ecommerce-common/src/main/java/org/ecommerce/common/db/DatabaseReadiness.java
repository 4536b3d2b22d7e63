package org.ecommerce.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The readiness check of a service's database: a connection that answers within two seconds. */
public final class DatabaseReadiness {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    private DatabaseReadiness() {}

    /**
     * Checks the database. The reason for a failure goes to the log only, because health output is public.
     *
     * @param name       the check's name in the health output
     * @param dataSource the database to check
     * @return UP when a connection was obtained and answered within two seconds, DOWN otherwise
     */
    public static HealthCheckResponse check(String name, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return HealthCheckResponse.up(name);
            }
        } catch (SQLException | RuntimeException e) {
            // The reason stays in the log: health output is public.
            LOG.log(Level.WARNING, name + " is not ready: " + e.getMessage());
        }
        return HealthCheckResponse.down(name);
    }
}

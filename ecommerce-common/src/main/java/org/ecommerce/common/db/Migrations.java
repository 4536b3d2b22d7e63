package org.ecommerce.common.db;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a service's schema up to date at start-up, with Flyway. Two histories live in each schema: the common
 * tables (idempotency keys), versioned by {@code ecommerce-common} under {@code db/common}, and the service's own
 * tables under {@code db/<schema>}. Keeping them apart lets the common library and each service number their
 * migrations independently. Flyway's lock makes concurrent start-ups of several instances safe.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {}

    /**
     * Migrates {@code schema}, creating it if needed; a failure is thrown, so that a service never serves
     * requests over a schema it does not understand.
     *
     * @param dataSource  the service's data source
     * @param schema      the service's schema, also the folder of its migrations under {@code db/}
     * @param classLoader the loader that sees the service's migration scripts
     */
    public static void migrate(DataSource dataSource, String schema, ClassLoader classLoader) {
        run(dataSource, schema, classLoader, "db/common", "flyway_common_history", true);
        // A service whose feature issue has not landed yet has no tables of its own.
        run(dataSource, schema, classLoader, "db/" + schema, "flyway_schema_history", false);
    }

    private static void run(
            DataSource dataSource,
            String schema,
            ClassLoader classLoader,
            String location,
            String historyTable,
            boolean required) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(historyTable)
                .locations("classpath:" + location)
                .failOnMissingLocations(required)
                // The other history's tables make the schema non-empty; baselining at 0 still applies every
                // migration of this history (they start at 1).
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema " + schema + " (" + location + ") is at version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }
}

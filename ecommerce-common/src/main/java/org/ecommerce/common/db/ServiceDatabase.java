package org.ecommerce.common.db;

import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What every service does with its database: migrate its schema before taking requests, and report readiness.
 * Each WAR subclasses it with its {@code @DataSourceDefinition}, a start-up observer that calls
 * {@link #migrate()}, and {@code @Readiness}.
 */
public abstract class ServiceDatabase implements HealthCheck {

    /** The service's data source. */
    protected abstract DataSource dataSource();

    /** The service's schema, which is also the folder of its migrations under {@code db/}. */
    protected abstract String schema();

    /** Brings the schema up to date; a failure stops the deployment. */
    protected void migrate() {
        // The subclass lives in the WAR, whose class loader sees the WAR's migration scripts.
        Migrations.migrate(dataSource(), schema(), getClass().getClassLoader());
    }

    @Override
    public HealthCheckResponse call() {
        return DatabaseReadiness.check(schema() + "-database", dataSource());
    }
}

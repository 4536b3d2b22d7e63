package org.ecommerce.common.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.ecommerce.common.idempotency.IdempotencyStore;

/**
 * What every service does with its database: migrate its schema before taking requests, report readiness, and
 * forget idempotency keys once they are older than {@code ecommerce.idempotency.retention-hours}
 * ({@code ECOMMERCE_IDEMPOTENCY_RETENTION_HOURS}, default 48; docs/API.md promises at least 24). Each WAR subclasses
 * it with its data source (the server's JDBC resource {@code jdbc/<service>}), a start-up observer that calls {@link #migrate()}, and
 * {@code @Readiness}.
 */
public abstract class ServiceDatabase implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ServiceDatabase.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    IdempotencyStore idempotencyKeys;

    @Inject
    @ConfigProperty(name = "ecommerce.idempotency.retention-hours", defaultValue = "48")
    int retentionHours;

    @Inject
    @ConfigProperty(name = "ecommerce.idempotency.purge-interval-seconds", defaultValue = "3600")
    long purgeIntervalSeconds;

    private ScheduledFuture<?> purge;

    // Payara Micro answers /health/ready before it has started the applications: until the start-up work is
    // done, this check must not say UP, or a caller that trusts readiness meets a service without its schema.
    private volatile boolean started;

    /**
     * The service's data source.
     *
     * @return the server's pool for this service ({@code jdbc/<service>}, created by payara-config's asadmin
     *         commands)
     */
    protected abstract DataSource dataSource();

    /**
     * The service's schema, which is also the folder of its migrations under {@code db/}.
     *
     * @return the schema name, for example {@code customers}
     */
    protected abstract String schema();

    /**
     * Brings the schema up to date, a failure stopping the deployment; runs {@link #afterMigration()}; then
     * starts the periodic key purge and lets readiness say UP.
     */
    protected void migrate() {
        if (retentionHours < 24) {
            throw new IllegalStateException("ecommerce.idempotency.retention-hours must be at least 24");
        }
        // The subclass lives in the WAR, whose class loader sees the WAR's migration scripts.
        Migrations.migrate(dataSource(), schema(), getClass().getClassLoader());
        afterMigration();
        purge = scheduler.scheduleWithFixedDelay(
                this::purgeIdempotencyKeys, purgeIntervalSeconds, purgeIntervalSeconds, TimeUnit.SECONDS);
        started = true;
    }

    /** Start-up work that needs the migrated schema and must be done before the service is ready. */
    protected void afterMigration() {}

    /**
     * Forgets other rows that the service keeps only for a while; runs on the schedule of the key purge, and a
     * failure is logged and tried again at the next run.
     */
    protected void purgeExpiredRows() {}

    private void purgeIdempotencyKeys() {
        try {
            int purged = idempotencyKeys.purgeOlderThanHours(retentionHours);
            if (purged > 0) {
                LOG.info(() -> "Forgot " + purged + " idempotency key(s) of " + schema() + " older than "
                        + retentionHours + " hours");
            }
            purgeExpiredRows();
        } catch (RuntimeException e) {
            // The next run tries again; a failure here must not cancel the schedule.
            LOG.log(Level.WARNING, "Purging expired rows of " + schema() + " failed", e);
        }
    }

    @PreDestroy
    void stopPurge() {
        if (purge != null) {
            purge.cancel(false);
        }
    }

    @Override
    public HealthCheckResponse call() {
        if (!started) {
            return HealthCheckResponse.down(schema() + "-database");
        }
        return DatabaseReadiness.check(schema() + "-database", dataSource());
    }
}

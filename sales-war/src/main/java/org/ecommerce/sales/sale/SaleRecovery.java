package org.ecommerce.sales.sale;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finishes or undoes the sales left pending — by a crash of this service, by a dependency that did not answer,
 * or by a request that gave up — at start-up and every {@code ecommerce.sales.recovery-interval-seconds}
 * ({@code ECOMMERCE_SALES_RECOVERY_INTERVAL_SECONDS}, default 5). Several instances can run it at once: each
 * sale is claimed with a lease first (ten seconds, sales migration V4), so a sale whose driver died is settled
 * within fifteen seconds of the services it needs answering.
 */
@ApplicationScoped
public class SaleRecovery {

    private static final Logger LOG = Logger.getLogger(SaleRecovery.class.getName());
    private static final int MAX_PER_RUN = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SaleRepository sales;

    @Inject
    SaleProcessor processor;

    @Inject
    SaleMetrics metrics;

    @Inject
    @ConfigProperty(name = "ecommerce.sales.recovery-interval-seconds", defaultValue = "5")
    long intervalSeconds;

    private ScheduledFuture<?> schedule;

    /**
     * Starts the periodic recovery, its first run at once. Called once, at start-up; a run drives at most 100
     * sales.
     */
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::recover, 0, intervalSeconds, TimeUnit.SECONDS);
    }

    void recover() {
        metrics.recoveryRan();
        try {
            for (int i = 0; i < MAX_PER_RUN; i++) {
                Optional<Long> claimed = sales.claimAbandoned();
                if (claimed.isEmpty()) {
                    return;
                }
                long id = claimed.get();
                metrics.claimed();
                LOG.info(() -> "Recovering sale " + id);
                processor.advance(id);
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not end the schedule.
            LOG.log(Level.WARNING, "Sale recovery failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}

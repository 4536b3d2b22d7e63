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
 * ({@code ECOMMERCE_SALES_RECOVERY_INTERVAL_SECONDS}, default 30). Several instances can run it at once: each
 * sale is claimed with a lease first.
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
    @ConfigProperty(name = "ecommerce.sales.recovery-interval-seconds", defaultValue = "30")
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
        try {
            for (int i = 0; i < MAX_PER_RUN; i++) {
                Optional<Long> claimed = sales.claimAbandoned(SaleService.LEASE_SECONDS);
                if (claimed.isEmpty()) {
                    return;
                }
                long id = claimed.get();
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

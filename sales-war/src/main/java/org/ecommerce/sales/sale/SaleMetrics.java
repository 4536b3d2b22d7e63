package org.ecommerce.sales.sale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * What operators watch of the saga, in /metrics: {@code ecommerce_sales_pending} (sales not settled yet, read from
 * the database, so every instance shows the whole system's), {@code ecommerce_sales_compensations_total} (stock or
 * money this instance gave back) and {@code ecommerce_sales_recovery_runs_total} and
 * {@code ecommerce_sales_recovery_claimed_total} (recovery runs of this instance, and the sales they took over).
 */
@ApplicationScoped
public class SaleMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    SaleRepository sales;

    private Counter compensations;
    private Counter recoveryRuns;
    private Counter claimed;

    @PostConstruct
    void register() {
        registry.gauge("ecommerce.sales.pending", sales::countPending);
        compensations = registry.counter("ecommerce.sales.compensations");
        recoveryRuns = registry.counter("ecommerce.sales.recovery.runs");
        claimed = registry.counter("ecommerce.sales.recovery.claimed");
    }

    void compensated() {
        compensations.inc();
    }

    void recoveryRan() {
        recoveryRuns.inc();
    }

    void claimed() {
        claimed.inc();
    }
}

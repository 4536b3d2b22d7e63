package org.ecommerce.reviews.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN while the inventory service, which every new review depends on, cannot be reached. */
@Readiness
@ApplicationScoped
public class InventoryReadiness implements HealthCheck {

    @Inject
    InventoryClient inventory;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = inventory.answers();
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.named("reviews-inventory").status(up).build();
    }
}

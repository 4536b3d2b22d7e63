package org.ecommerce.sales.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ecommerce.common.remote.RemoteResponse;

/** Readiness is DOWN while the inventory service, which the catalogue and every sale need, cannot be reached. */
@Readiness
@ApplicationScoped
public class DependencyReadiness implements HealthCheck {

    @Inject
    @RestClient
    InventoryApi inventory;

    @Override
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    public HealthCheckResponse call() {
        boolean up;
        try (var response = RemoteResponse.of(() -> inventory.goodsInStock(true, 0, 0))) {
            up = response.getStatus() == 200;
        } catch (RuntimeException e) {
            up = false;
        }
        return HealthCheckResponse.named("sales-inventory").status(up).build();
    }
}

package org.ecommerce.sales.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ecommerce.common.remote.RemoteResponse;

/** Readiness is DOWN while inventory or customers, which every sale needs, cannot be reached. */
@Readiness
@ApplicationScoped
public class DependencyReadiness implements HealthCheck {

    @Inject
    InventoryCatalogue inventory;

    @Inject
    @RestClient
    CustomersHealthApi customers;

    @Override
    public HealthCheckResponse call() {
        boolean up = inventory.answers();
        boolean customersUp;
        try (var response = RemoteResponse.of(customers::ready)) {
            // Its login endpoint refusing the method proves the customers service itself answered.
            customersUp = response.getStatus() == 405;
        } catch (RuntimeException e) {
            customersUp = false;
        }
        return HealthCheckResponse.named("sales-dependencies")
                .status(up && customersUp)
                .withData("inventory", up ? "UP" : "DOWN")
                .withData("customers", customersUp ? "UP" : "DOWN")
                .build();
    }
}

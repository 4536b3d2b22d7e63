package org.ecommerce.reviews.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.ecommerce.api.Service;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.common.identity.RequestIdForwarding;
import org.ecommerce.common.remote.RemoteApis;

/**
 * The client of inventory's goods that reviews read without credentials, kept for the application's life. Its
 * timeouts are its own ({@code reviews-inventory/mp-rest/...}): a review waits less than a sale.
 */
@ApplicationScoped
public class InventoryClients {

    @Produces
    @ApplicationScoped
    GoodsApi goods() {
        return RemoteApis.client(GoodsApi.class, Service.INVENTORY, "reviews-inventory", new RequestIdForwarding());
    }

    void close(@Disposes GoodsApi client) {
        RemoteApis.close(client);
    }
}

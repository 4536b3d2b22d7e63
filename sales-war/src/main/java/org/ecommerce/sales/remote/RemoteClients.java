package org.ecommerce.sales.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.ecommerce.api.Service;
import org.ecommerce.api.customers.WalletApi;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.inventory.StockApi;
import org.ecommerce.common.identity.RequestIdForwarding;
import org.ecommerce.common.identity.ServiceIdentityFilter;
import org.ecommerce.common.remote.RemoteApis;

/**
 * The clients of the other services' APIs that sales uses: the moves of the saga under the service identity
 * (never the buyer's token), the catalogue's reads without credentials. One client per interface, kept for the
 * application's life, so that connections are pooled and kept alive.
 */
@ApplicationScoped
public class RemoteClients {

    @Produces
    @ApplicationScoped
    StockApi stock() {
        return RemoteApis.client(StockApi.class, Service.INVENTORY, "inventory", new ServiceIdentityFilter());
    }

    @Produces
    @ApplicationScoped
    WalletApi wallet() {
        return RemoteApis.client(WalletApi.class, Service.CUSTOMERS, "customers", new ServiceIdentityFilter());
    }

    @Produces
    @ApplicationScoped
    GoodsApi goods() {
        return RemoteApis.client(GoodsApi.class, Service.INVENTORY, "inventory", new RequestIdForwarding());
    }

    void close(@Disposes StockApi client) {
        RemoteApis.close(client);
    }

    void close(@Disposes WalletApi client) {
        RemoteApis.close(client);
    }

    void close(@Disposes GoodsApi client) {
        RemoteApis.close(client);
    }
}

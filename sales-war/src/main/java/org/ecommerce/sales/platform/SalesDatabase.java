package org.ecommerce.sales.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.ServiceDatabase;
import org.ecommerce.common.identity.ServiceCredentials;
import org.ecommerce.sales.sale.SaleRecovery;

/**
 * The service's database: its data source (the server's resource {@code jdbc/sales}, schema {@code sales}) and the
 * migrations, run before the service takes requests; then the recovery of pending sales starts.
 */
@Readiness
@ApplicationScoped
public class SalesDatabase extends ServiceDatabase {

    // The server's JDBC resource, created by payara-config's asadmin commands in every layout (pool
    // sales-pool), so that an administrator sees and tunes the pool the service really uses.
    static final String JNDI_NAME = "jdbc/sales";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    SaleRecovery recovery;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // A secret too short to be safe stops the deployment now, not the first purchase later.
        ServiceCredentials.from(ConfigProvider.getConfig());
        migrate();
        recovery.start();
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String schema() {
        return "sales";
    }
}

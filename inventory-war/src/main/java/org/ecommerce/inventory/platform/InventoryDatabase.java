package org.ecommerce.inventory.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.ServiceDatabase;

/**
 * The service's database: its data source (the server's resource {@code jdbc/inventory}, schema {@code inventory}) and the
 * migrations, run before the service takes requests.
 */
@Readiness
@ApplicationScoped
public class InventoryDatabase extends ServiceDatabase {

    // The server's JDBC resource, created by payara-config's asadmin commands in every layout (pool
    // inventory-pool), so that an administrator sees and tunes the pool the service really uses.
    static final String JNDI_NAME = "jdbc/inventory";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String schema() {
        return "inventory";
    }
}

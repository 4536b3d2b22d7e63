package org.ecommerce.sales.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.ServiceDatabase;
import org.ecommerce.sales.sale.SaleRecovery;

/**
 * The service's database: its data source (schema {@code sales}, settings from MicroProfile Config) and the
 * migrations, run before the service takes requests; then the recovery of pending sales starts.
 */
@DataSourceDefinition(
        name = SalesDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=ecommerce.db.url}",
        user = "${MPCONFIG=ecommerce.db.user}",
        password = "${MPCONFIG=ecommerce.db.password}",
        properties = {"currentSchema=sales"},
        minPoolSize = 2,
        maxPoolSize = 32)
@Readiness
@ApplicationScoped
public class SalesDatabase extends ServiceDatabase {

    static final String JNDI_NAME = "java:app/jdbc/sales";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    SaleRecovery recovery;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
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

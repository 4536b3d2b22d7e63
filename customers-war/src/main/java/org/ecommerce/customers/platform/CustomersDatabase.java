package org.ecommerce.customers.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.ServiceDatabase;
import org.ecommerce.customers.customer.AdminAccount;

/**
 * The service's database: its data source (schema {@code customers}, settings from MicroProfile Config), the
 * migrations and the configured first employee, both done before the service takes requests.
 */
@DataSourceDefinition(
        name = CustomersDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=ecommerce.db.url}",
        user = "${MPCONFIG=ecommerce.db.user}",
        password = "${MPCONFIG=ecommerce.db.password}",
        properties = {"currentSchema=customers"},
        minPoolSize = 2,
        maxPoolSize = 32)
@Readiness
@ApplicationScoped
public class CustomersDatabase extends ServiceDatabase {

    static final String JNDI_NAME = "java:app/jdbc/customers";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    AdminAccount adminAccount;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

    @Override
    protected void afterMigration() {
        adminAccount.ensureConfiguredAdmin();
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String schema() {
        return "customers";
    }
}

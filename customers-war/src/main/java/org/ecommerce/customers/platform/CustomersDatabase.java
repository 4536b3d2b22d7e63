package org.ecommerce.customers.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.ServiceDatabase;
import org.ecommerce.customers.customer.AdminAccount;
import org.ecommerce.customers.customer.LoginThrottle;

/**
 * The service's database: its data source (the server's resource {@code jdbc/customers}, schema {@code customers}), the
 * migrations and the configured first employee, both done before the service takes requests.
 */
@Readiness
@ApplicationScoped
public class CustomersDatabase extends ServiceDatabase {

    // The server's JDBC resource, created by payara-config's asadmin commands in every layout (pool
    // customers-pool), so that an administrator sees and tunes the pool the service really uses.
    static final String JNDI_NAME = "jdbc/customers";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    AdminAccount adminAccount;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

    @Inject
    LoginThrottle loginThrottle;

    @Override
    protected void afterMigration() {
        adminAccount.ensureConfiguredAdmin();
    }

    // Failures of usernames that are never tried again would otherwise stay for good.
    @Override
    protected void purgeExpiredRows() {
        loginThrottle.purgeExpired();
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

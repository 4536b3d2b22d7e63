package org.ecommerce.customers.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ecommerce.common.db.DatabaseReadiness;
import org.ecommerce.common.db.Migrations;
import org.ecommerce.customers.customer.AdminAccount;

/**
 * The service's database: its data source (schema {@code customers}, settings from MicroProfile Config), the
 * migrations run before the service takes requests, and the readiness check.
 */
@DataSourceDefinition(
        name = CustomersDatabase.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=ecommerce.db.url}",
        user = "${MPCONFIG=ecommerce.db.user}",
        password = "${MPCONFIG=ecommerce.db.password}",
        properties = {"currentSchema=" + CustomersDatabase.SCHEMA},
        minPoolSize = 2,
        maxPoolSize = 32)
@Readiness
@ApplicationScoped
public class CustomersDatabase implements HealthCheck {

    static final String JNDI_NAME = "java:app/jdbc/customers";
    static final String SCHEMA = "customers";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    AdminAccount adminAccount;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Migrations.migrate(dataSource, SCHEMA, CustomersDatabase.class.getClassLoader());
        adminAccount.ensureConfiguredAdmin();
    }

    @Override
    public HealthCheckResponse call() {
        return DatabaseReadiness.check("customers-database", dataSource);
    }
}

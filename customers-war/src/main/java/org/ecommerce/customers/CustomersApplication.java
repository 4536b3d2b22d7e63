package org.ecommerce.customers;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.ecommerce.common.ApiProviders;
import org.ecommerce.common.security.Roles;
import org.ecommerce.customers.auth.LoginResource;
import org.ecommerce.customers.customer.CustomerResource;
import org.ecommerce.customers.customer.LiveAccountFilter;
import org.ecommerce.customers.wallet.WalletResource;

/**
 * The customers service: registration and profiles, login and token issuing, wallets and their ledger.
 * Deployed at context root {@code /v1}, it serves {@code /v1/customers…} and {@code /v1/auth…}.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
public class CustomersApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(
                CustomerResource.class, LoginResource.class, WalletResource.class, LiveAccountFilter.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return ApiProviders.properties();
    }
}

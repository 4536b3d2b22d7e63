package org.ecommerce.inventory;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.ecommerce.common.ApiProviders;
import org.ecommerce.common.security.Roles;
import org.ecommerce.inventory.good.GoodResource;
import org.ecommerce.inventory.stock.StockResource;

/**
 * The inventory service: goods, stock and the stock ledger. Deployed at context root {@code /v1/inventory}.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
public class InventoryApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(GoodResource.class, StockResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return ApiProviders.properties();
    }
}

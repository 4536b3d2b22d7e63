package org.ecommerce.sales;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.ecommerce.common.ApiProviders;
import org.ecommerce.common.security.Roles;
import org.ecommerce.sales.catalogue.CatalogueResource;
import org.ecommerce.sales.sale.SaleResource;

/**
 * The sales service: the catalogue of goods in stock, purchases and purchase history. Deployed at context root {@code /v1/sales}.
 */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.EMP, Roles.SERVICE})
public class SalesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(CatalogueResource.class, SaleResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return ApiProviders.properties();
    }
}

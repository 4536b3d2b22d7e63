package org.ecommerce.common.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceRolesTest {

    @Test
    void eachServiceHasARoleOfItsOwnByDefault() {
        assertEquals(
                List.of(
                        new ServiceRoles.Role("customers", "ecommerce_customers", ""),
                        new ServiceRoles.Role("inventory", "ecommerce_inventory", ""),
                        new ServiceRoles.Role("sales", "ecommerce_sales", ""),
                        new ServiceRoles.Role("reviews", "ecommerce_reviews", "")),
                ServiceRoles.configured(name -> null));
    }

    @Test
    void namesAndPasswordsComeFromTheServicesOwnSettings() {
        Map<String, String> config = Map.of(
                "ecommerce.db.sales.user", "shop_sales",
                "ecommerce.db.sales.password", "s3cret");
        ServiceRoles.Role sales = ServiceRoles.configured(config::get).get(2);
        assertEquals(new ServiceRoles.Role("sales", "shop_sales", "s3cret"), sales);
        assertFalse(sales.toString().contains("s3cret"), "the password must not reach a log line");
    }

    @Test
    void aRoleNameThatWouldNeedQuotingIsRefused() {
        for (String bad : List.of("Sales", "sales; DROP DATABASE x", "", "a-b", "x".repeat(64))) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ServiceRoles.configured(name -> name.endsWith(".user") ? bad : null),
                    bad);
        }
    }
}

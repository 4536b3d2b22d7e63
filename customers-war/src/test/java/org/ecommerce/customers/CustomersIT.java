package org.ecommerce.customers;

import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.DeployedWar;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the customers service's black-box tests: the built WAR on a real Payara Micro over a real
 * PostgreSQL, driven over HTTP as a client would.
 */
abstract class CustomersIT extends DeployedWar {

    Accounts accounts;

    @BeforeEach
    void connect() {
        accounts = new Accounts(api);
    }
}

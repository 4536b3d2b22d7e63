package org.ecommerce.customers;

import java.net.URL;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of the customers service's black-box tests: the built WAR on a real Payara Micro over a real
 * PostgreSQL, driven over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class CustomersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    Accounts accounts;

    @BeforeEach
    void connect() {
        api = new Api(Deployments.server(base));
        accounts = new Accounts(api);
    }
}

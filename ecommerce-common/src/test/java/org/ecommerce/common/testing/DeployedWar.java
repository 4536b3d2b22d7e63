package org.ecommerce.common.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of a WAR's black-box tests: Arquillian deploys the WAR exactly as the build packaged it to a real
 * Payara Micro over the test run's PostgreSQL database, and the test drives it over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedWar {

    @ArquillianResource
    protected URL base;

    /** The client of the deployed WAR. */
    protected Api api;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void connectToTheDeployment() {
        api = new Api(Deployments.server(base));
    }
}

package org.ecommerce.common.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive an Arquillian test deploys: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {
    }

    /** The module's WAR, from the path Maven passes as {@code ecommerce.it.war}. */
    public static WebArchive builtWar() {
        File war = new File(System.getProperty("ecommerce.it.war", "target/missing.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: run the tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

package org.ecommerce.common.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive an Arquillian test deploys: the WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {}

    /** The module's WAR, from the path Maven passes as {@code ecommerce.it.war}. */
    public static WebArchive builtWar() {
        File war = new File(System.getProperty("ecommerce.it.war", "target/missing.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: run the tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    private static final Pattern LISTENER =
            Pattern.compile("Created HTTP listener http-listener on host/port [^:\\s]+:(\\d+)");

    /**
     * The server under test as a test should address it. The Payara Micro connector asks for a random port with
     * auto-bind, so Micro moves to the next free port when that one is taken, and the connector still reports the
     * port it asked for. Micro logs the port it really bound (target/it/micro.log*, shared by the test classes
     * of a module): the bound port is the lowest logged one at or above the reported port within the auto-bind
     * range. Earlier servers of the module listened on other random ports, so their lines do not match.
     */
    public static URI server(URL reported) {
        int asked = reported.getPort();
        int port = asked;
        Path dir = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
        int best = Integer.MAX_VALUE;
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("micro.log"))
                    .toList()) {
                Matcher listener = LISTENER.matcher(Files.readString(log));
                while (listener.find()) {
                    int bound = Integer.parseInt(listener.group(1));
                    if (bound >= asked && bound < asked + 1000 && bound < best) {
                        best = bound;
                    }
                }
            }
        } catch (IOException e) {
            // No log to read: the reported port is the best guess.
        }
        if (best != Integer.MAX_VALUE) {
            port = best;
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}

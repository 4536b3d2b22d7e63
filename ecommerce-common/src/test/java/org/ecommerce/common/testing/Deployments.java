package org.ecommerce.common.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern LISTENER = Pattern.compile(
            "Created HTTP listener http-listener on host/port [^:\\s]+:(\\d+)");

    /**
     * The server under test as a test should address it. The Payara Micro connector asks for a random port but
     * lets Micro move to the next free one when that port is taken, and then reports the port it asked for;
     * the port Micro really bound is in its log (target/it/micro.log*), so that one is used when present.
     */
    public static URI server(URL reported) {
        int port = reported.getPort();
        Path dir = Path.of(System.getProperty("ecommerce.it.dir", "target/it"));
        try (var files = Files.list(dir)) {
            Path log = files.filter(f -> f.getFileName().toString().startsWith("micro.log"))
                    .max(Comparator.comparingLong(f -> f.toFile().lastModified())).orElse(null);
            if (log != null) {
                Matcher listener = LISTENER.matcher(Files.readString(log));
                while (listener.find()) {
                    port = Integer.parseInt(listener.group(1));
                }
            }
        } catch (IOException e) {
            // No log to read: the reported port is the best guess.
        }
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}

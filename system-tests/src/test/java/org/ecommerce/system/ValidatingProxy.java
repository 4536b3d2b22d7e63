package org.ecommerce.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism as a validating proxy between the tests and the system: it forwards every request unchanged
 * and marks each answer that the OpenAPI document does not describe (an unlisted status, a member of the wrong
 * type, a missing one, another media type) with a {@code sl-violations} header, which the tests' client
 * ({@link org.ecommerce.common.testing.Api}) turns into a failure of the test that got it. Requests are not judged:
 * tests send invalid ones on purpose.
 */
final class ValidatingProxy {

    private final Process process;
    private final URI uri;
    private final Path log;

    /**
     * @param document the OpenAPI document, a file or a URL Prism fetches
     * @param upstream where the requests go on to
     * @param port     where the proxy listens, on the loopback address
     */
    ValidatingProxy(String document, URI upstream, int port, Path log) throws IOException {
        String prism = System.getProperty("ecommerce.system.prism");
        if (prism == null || !Files.isExecutable(Path.of(prism))) {
            throw new IllegalStateException("No Prism at ecommerce.system.prism (" + prism
                    + "): the build installs it with npm ci in system-tests");
        }
        this.log = log;
        this.uri = URI.create("http://127.0.0.1:" + port + "/");
        String target = upstream.toString().replaceAll("/+$", "");
        process = new ProcessBuilder(List.of(
                        prism,
                        "proxy",
                        document,
                        target,
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--cors=false",
                        "--validate-request=false",
                        "--errors=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    URI uri() {
        return uri;
    }

    /** Waits until the proxy has read the document and listens. */
    void awaitReady(long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Prism stopped while starting; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Prism did not listen in time; see " + log);
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

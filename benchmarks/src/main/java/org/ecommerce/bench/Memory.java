package org.ecommerce.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Each server's heap, as its /metrics tells, and each launched process's resident memory. */
final class Memory {

    private final Client client;
    private final Processes processes;

    Memory(Client client, Processes processes) {
        this.client = client;
        this.processes = processes;
    }

    void print() {
        for (URI server : client.allServers()) {
            // The launcher's operations token, which /metrics asks for (benchmarks/run passes it on).
            String metrics = client.sendTo(server, "GET", "/metrics", System.getenv("ECOMMERCE_OPERATIONS_TOKEN"), null)
                    .body();
            System.out.printf(
                    Locale.ROOT,
                    "%-28s heap used %s MiB, committed %s MiB, max %s MiB%n",
                    "heap :" + server.getPort(),
                    mib(metrics, "memory_usedHeap_bytes"),
                    mib(metrics, "memory_committedHeap_bytes"),
                    mib(metrics, "memory_maxHeap_bytes"));
        }
        for (Path pidFile : processes.pidFiles()) {
            try {
                String pid = Files.readString(pidFile).trim();
                Path status = Path.of("/proc", pid, "status");
                if (Files.exists(status)) {
                    String rss = Files.readAllLines(status).stream()
                            .filter(l -> l.startsWith("VmRSS:"))
                            .findFirst()
                            .orElse("VmRSS: ?")
                            .replace("VmRSS:", "")
                            .trim();
                    String name = pidFile.getFileName().toString().replace(".pid", "");
                    System.out.printf(Locale.ROOT, "%-28s %s%n", "resident " + name, rss);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String mib(String metrics, String name) {
        return metrics.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .findFirst()
                .map(l -> String.format(
                        Locale.ROOT, "%.0f", Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) / (1024 * 1024)))
                .orElse("?");
    }
}

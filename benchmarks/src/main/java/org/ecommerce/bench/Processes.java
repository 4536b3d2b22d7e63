package org.ecommerce.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The server processes the launcher started, as its pid files name them. */
final class Processes {

    /** Linux counts process CPU time in ticks of 1/100 s (USER_HZ) on every platform Java runs on. */
    private static final long MILLIS_PER_TICK = 10;

    private final Path pidDir;

    Processes(Path pidDir) {
        this.pidDir = pidDir;
    }

    /** The pid files, one per launched server; none when the system was not started by the launcher. */
    List<Path> pidFiles() {
        if (!Files.isDirectory(pidDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pidDir)) {
            return files.filter(p -> p.toString().endsWith(".pid")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CPU time, user and system, that the servers have used since they started, summed over all of them: the
     * difference over a window is what the window's requests cost, however busy or slow the machine is otherwise.
     *
     * @return milliseconds, or -1 when no server process can be read
     */
    long cpuMillis() {
        long ticks = 0;
        boolean any = false;
        for (Path pidFile : pidFiles()) {
            try {
                Path stat = Path.of("/proc", Files.readString(pidFile).trim(), "stat");
                if (!Files.exists(stat)) {
                    continue;
                }
                // The command name may hold spaces and parentheses; the fields after its last ')' are fixed:
                // state is the first of them, utime the 12th and stime the 13th.
                String text = Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                any = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return any ? ticks * MILLIS_PER_TICK : -1;
    }
}

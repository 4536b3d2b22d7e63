package org.ecommerce.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load: a number of workers, each sending its next request as soon as its last one is answered,
 * for a given time. Latencies are kept per worker and merged at the end, so recording costs no lock.
 */
final class Load {

    /** One request of a worker; answers the status, or throws when there was no answer. */
    @FunctionalInterface
    interface Request {
        Client.Answer send(int worker);
    }

    private final int workers;
    private final int expected;
    private final Request request;

    Load(int workers, int expected, Request request) {
        this.workers = workers;
        this.expected = expected;
        this.request = request;
    }

    /** Runs the load for {@code duration} and returns what it saw. */
    Result run(java.time.Duration duration) throws InterruptedException {
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(workers);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(
                    () -> {
                        long[] mine = new long[4096];
                        int n = 0;
                        try {
                            while (System.nanoTime() < end) {
                                long sent = System.nanoTime();
                                String failure;
                                try {
                                    int status = request.send(worker).status();
                                    failure = status == expected ? null : Integer.toString(status);
                                } catch (RuntimeException e) {
                                    failure = e.getClass().getSimpleName();
                                }
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = System.nanoTime() - sent;
                                if (failure != null) {
                                    failures.computeIfAbsent(failure, k -> new LongAdder())
                                            .increment();
                                }
                            }
                        } finally {
                            latencies[worker] = mine;
                            counts[worker] = n;
                            done.countDown();
                        }
                    },
                    "bench-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long wall = System.nanoTime() - start;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((k, v) -> failed.put(k, v.sum()));
        return new Result(all, wall, failed);
    }

    /** The requests of one run: sorted latencies, wall time and failures by what was answered instead. */
    record Result(long[] sortedNanos, long wallNanos, Map<String, Long> failures) {

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        long succeeded() {
            return sortedNanos.length - failed();
        }

        /** Answered as expected, per second of the window. */
        double perSecond() {
            return succeeded() / (wallNanos / 1e9);
        }

        double millis(double percentile) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        String line(String name) {
            String line = String.format(
                    Locale.ROOT,
                    "%-28s %8.1f /s  n=%6d  p50=%7.1f ms  p99=%7.1f ms  " + "max=%7.1f ms  failed=%d",
                    name,
                    perSecond(),
                    sortedNanos.length,
                    millis(50),
                    millis(99),
                    millis(100),
                    failed());
            return failures.isEmpty() ? line : line + " " + failures;
        }
    }
}

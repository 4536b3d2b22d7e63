package org.ecommerce.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Durations of one kind of request, summarised as a line of percentiles. Thread-safe. */
final class Timings {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    Timings(String name) {
        this.name = name;
    }

    /** Records one request; {@code failure} is what it got instead of the expected status, or null. */
    synchronized void add(long elapsedNanos, String failure) {
        nanos.add(elapsedNanos);
        if (failure != null) {
            failures.merge(failure, 1, Integer::sum);
        }
    }

    /** One line: count, failures, and p50/p95/p99/max in milliseconds; with throughput when wall time is known. */
    synchronized String summary(long wallNanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        String line = String.format(Locale.ROOT, "%-34s n=%4d failed=%3d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms"
                        + "  max=%7.1f ms", name, sorted.size(), failed, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(percentile(sorted, 100)));
        if (wallNanos > 0) {
            line += String.format(Locale.ROOT, "  %6.1f req/s", sorted.size() / (wallNanos / 1e9));
        }
        return failures.isEmpty() ? line : line + "  instead: " + failures;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

package org.ecommerce.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs many requests at once, as concurrent clients would send them, and collects what each answered. */
public final class Concurrently {

    private Concurrently() {}

    /**
     * Runs {@code count} operations on at most {@code threads} threads at once, bounded to five minutes in all.
     *
     * @param <T>       what one operation answers, typically a status
     * @param count     how many operations
     * @param threads   how many run at the same time
     * @param operation the operation, given its index
     * @return the answers, in the order of the indexes
     * @throws Exception what an operation threw, or when the five minutes ran out
     */
    public static <T> List<T> run(int count, int threads, IntFunction<T> operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, threads));
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                tasks.add(() -> operation.apply(index));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

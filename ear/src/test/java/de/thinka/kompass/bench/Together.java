package de.thinka.kompass.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs n tasks on n threads that all start at the same moment (released by one latch once every thread is
 * ready); returns their results in order and the wall time from the release to the last result.
 */
final class Together {

    record Results<T>(List<T> values, long wallNanos) {
        double perSecond(long operations) {
            return operations / (wallNanos / 1e9);
        }
    }

    private Together() {
    }

    static <T> Results<T> run(int n, IntFunction<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> task = tasks.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            long began = System.nanoTime();
            go.countDown();
            List<T> values = new ArrayList<>();
            for (Future<T> future : futures) {
                values.add(future.get());
            }
            return new Results<>(values, System.nanoTime() - began);
        } finally {
            pool.shutdownNow();
        }
    }
}

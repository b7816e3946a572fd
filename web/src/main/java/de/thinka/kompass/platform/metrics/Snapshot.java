package de.thinka.kompass.platform.metrics;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A value read at most every two seconds: several gauges of one scrape (and scrapes in quick succession)
 * share one database read.
 */
final class Snapshot<T> {

    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Supplier<T> reader;
    private T value;
    private long readAt;

    Snapshot(Supplier<T> reader) {
        this.reader = reader;
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt > MAX_AGE_NANOS) {
            value = reader.get();
            readAt = now;
        }
        return value;
    }
}

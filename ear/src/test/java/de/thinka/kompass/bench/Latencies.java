package de.thinka.kompass.bench;

import java.util.Collection;
import java.util.Locale;

/** Measured durations in microseconds, sorted; percentiles in milliseconds. Values may be negative. */
record Latencies(long[] sorted) {

    static Latencies of(Collection<Long> micros) {
        return new Latencies(micros.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    static Latencies of(long[] micros) {
        long[] copy = micros.clone();
        java.util.Arrays.sort(copy);
        return new Latencies(copy);
    }

    int count() {
        return sorted.length;
    }

    /** Nearest-rank percentile in ms; NaN when nothing was measured. */
    double p(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }

    double max() {
        return p(100);
    }

    /** "p50 / p95 / p99 / max" in ms, for the summary. */
    String summary() {
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", p(50), p(95), p(99), max());
    }

    /** The four percentiles as table cells with one decimal. */
    String cells() {
        return String.format(Locale.ROOT, "%.1f | %.1f | %.1f | %.1f", p(50), p(95), p(99), max());
    }
}

package de.thinka.kompass.statistics.control;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Percentiles of sorted values by linear interpolation between the closest ranks: the same numbers as
 * PostgreSQL's {@code percentile_cont} and Excel's {@code QUANTIL.INKL}/{@code PERCENTILE.INC}, so anyone can
 * recompute a figure from the raw durations.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order
     * @param p      between 0 and 1, e.g. 0.5 for the median, 0.9 for the 90th percentile
     * @return empty when there are no values
     */
    public static OptionalDouble of(List<? extends Number> sorted, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be between 0 and 1: " + p);
        }
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        double rank = p * (sorted.size() - 1);
        int lower = (int) Math.floor(rank);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        double low = sorted.get(lower).doubleValue();
        double high = sorted.get(upper).doubleValue();
        return OptionalDouble.of(low + (rank - lower) * (high - low));
    }
}

package de.thinka.kompass.bench;

import java.util.ArrayList;
import java.util.List;

/** One part of the benchmark: runs against the server and returns its figures for docs/benchmarks.md. */
interface Benchmark {

    /** What the server is measured against and how its load is sampled. */
    record Context(BenchConfig config, ServerLoad load) {
    }

    /**
     * A line of the summary table: the figure, its ceiling, their ratio, the target (with met / NOT met) and the
     * load phase whose server heap and CPU belong to the KOMPASS figure.
     */
    record Row(String measure, String kompass, String ceiling, String ratio, String target, String phase) {
    }

    /**
     * A benchmark's result: summary rows, its detailed section (markdown) and the checks that must hold
     * whatever the machine (e.g. exactly 50 bookings); a broken one makes the command fail.
     */
    record Outcome(List<Row> rows, String details, List<String> broken) {
        static Outcome failed(Throwable error) {
            return new Outcome(List.of(), "**Did not run to the end:** `" + error + "`\n", List.of(String.valueOf(error)));
        }
    }

    /** Collects an outcome. */
    final class Outcomes {
        final List<Row> rows = new ArrayList<>();
        final StringBuilder details = new StringBuilder();
        final List<String> broken = new ArrayList<>();

        void row(String phase, String measure, String kompass, String ceiling, String ratio, String target) {
            rows.add(new Row(measure, kompass, ceiling, ratio, target, phase));
        }

        /** A check that must hold; recorded as broken when it does not. */
        String check(String what, boolean holds) {
            if (!holds) {
                broken.add(what);
            }
            return verdict(what, holds);
        }

        Outcome outcome() {
            return new Outcome(List.copyOf(rows), details.toString(), List.copyOf(broken));
        }
    }

    /** "p95 <= 150 ms: met" / "...: **NOT met**". */
    static String verdict(String target, boolean met) {
        return target + ": " + (met ? "met" : "**NOT met**");
    }

    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.2f×", value) : "—";
    }

    /** Short id for -Dbench.only: push, booking, queue, outbox, search. */
    String id();

    /** Heading of its section. */
    String title();

    /** How to read the figures and where the time goes (markdown, after the figures). */
    String explanation();

    Outcome run(Context context) throws Exception;
}

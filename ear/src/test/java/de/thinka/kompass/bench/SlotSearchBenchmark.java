package de.thinka.kompass.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The slot search for 8 weeks (the default range) in Arnstadt and then Ilmenau, over HTTP, once warm. */
final class SlotSearchBenchmark implements Benchmark {

    /**
     * Per instance: the search is the first benchmark after a start, and with 30 pairs (15 per instance of a
     * group) the compiler threads of freshly started servers still took the cores during the measured pairs.
     */
    private static final int WARM_UP_PER_INSTANCE = 150;
    private static final int ROUNDS = 200;

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String title() {
        return "Slot search, 8 weeks, both offices";
    }

    @Override
    public Outcome run(Context context) {
        BenchConfig config = context.config();
        java.util.List<Http> instances = config.urls().stream().map(Http::anonymous).toList();
        int warmUp = WARM_UP_PER_INSTANCE * instances.size();
        for (int i = 0; i < warmUp; i++) {
            searchBoth(instances.get(i % instances.size()));
        }
        context.load().phase("slot search");
        long[] pairs = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            pairs[i] = searchBoth(instances.get(i % instances.size()));
        }
        context.load().phase(null);
        Latencies both = Latencies.of(pairs);
        Outcomes out = new Outcomes();
        out.details.append(String.format(Locale.ROOT, "`GET /api/offices/{office}/slots?concern=motivation` (8 weeks, the default "
                + "range) in Arnstadt and then Ilmenau, one pair at a time%s, after %d warm-up pairs; %d pairs: p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms for both offices together. There is no ceiling for a search.%n",
                config.cluster() ? " (alternating between the instances)" : "", warmUp, ROUNDS, both.p(50), both.p(95), both.p(99), both.max()));
        out.row("slot search", "slot search, 8 weeks × both offices: p50 / p95 / p99 / max ms", both.summary(), "—", "—",
                Benchmark.verdict("well under 50 ms once warm (p95 < 50 ms)", both.p(95) < 50));
        return out.outcome();
    }

    private static long searchBoth(Http http) {
        long start = System.nanoTime();
        http.get("/api/offices/arnstadt/slots?concern=motivation");
        http.get("/api/offices/ilmenau/slots?concern=motivation");
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
    }

    @Override
    public String explanation() {
        return """
                ### Where the time goes

                - One search computes the free starts of every counsellor of the office for 56 days from the weekly
                  plans, breaks, absences, extra hours, closure days, Thuringia's holidays and the appointments already
                  held in the range (`Availability.slots`); the answer lists each start with its counsellor count.
                """;
    }
}

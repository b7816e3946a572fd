package de.thinka.kompass.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole benchmark against a running KOMPASS (one instance or a deployment group): deploys the ceiling,
 * runs slot search, push, booking storm, queue operations and outbox one after the other while sampling every
 * instance's heap and CPU, undeploys the ceiling and rewrites docs/benchmarks.md. Run by {@code ./mvnw -Pbench
 * verify} (options in {@link BenchConfig}); exits 1 when a part failed or a correctness check broke.
 */
public final class Bench {

    private static final Logger LOG = Logger.getLogger(Bench.class.getName());

    private Bench() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            status = run(BenchConfig.fromSystemProperties()) ? 0 : 1;
        } catch (Exception | AssertionError e) {
            LOG.log(Level.SEVERE, "benchmark failed", e);
        } finally {
            System.exit(status);
        }
    }

    private static boolean run(BenchConfig config) throws Exception {
        String loadBefore = Report.loadAverage();
        ZonedDateTime started = ZonedDateTime.now();
        List<Benchmark> benchmarks = List.<Benchmark>of(new SlotSearchBenchmark(), new PushBenchmark(), new BookingBenchmark(),
                new QueueBenchmark(), new OutboxBenchmark()).stream().filter(b -> config.runs(b.id())).toList();
        LOG.info(() -> "load average before the run: " + loadBefore + "; parts: " + benchmarks.stream().map(Benchmark::id).toList());
        List<Report.Part> parts = new ArrayList<>();
        boolean sound = true;
        Asadmin domain = new Asadmin(config);
        try (ServerLoad load = new ServerLoad(config.urls())) {
            domain.setUp();
            try {
                for (Benchmark benchmark : benchmarks) {
                    LOG.info(() -> "running " + benchmark.id());
                    Benchmark.Outcome outcome;
                    try {
                        outcome = benchmark.run(new Benchmark.Context(config, load));
                    } catch (Exception | AssertionError e) {
                        LOG.log(Level.SEVERE, benchmark.id() + " did not run to the end", e);
                        outcome = Benchmark.Outcome.failed(e);
                    } finally {
                        load.phase(null);
                    }
                    Benchmark.Outcome result = outcome;
                    result.broken().forEach(b -> LOG.severe(() -> benchmark.id() + ": " + b));
                    sound &= result.broken().isEmpty();
                    LOG.info(() -> benchmark.id() + ":\n" + result.details());
                    parts.add(new Report.Part(benchmark, result));
                }
            } finally {
                domain.tearDown();
            }
            Report.write(config, started, loadBefore, Report.loadAverage(), parts, load);
        }
        LOG.info(() -> "written to " + config.report().toAbsolutePath());
        return sound;
    }
}

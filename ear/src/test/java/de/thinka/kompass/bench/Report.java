package de.thinka.kompass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md, rewritten as a whole by every run of the command. */
final class Report {

    static final String COMMAND = """
            One command measures the whole system against a running KOMPASS and rewrites this file (do not edit it by
            hand): a run against a single server replaces the section "Single instance", a run against a deployment group
            the section "Deployment group"; the other section stays. Against the demo (`./mvnw -Pdemo verify` in another terminal, better on PostgreSQL, see README.md):

            ```bash
            ./mvnw -Pbench verify -Dbench.database=postgresql
            ```

            Against a deployment group of two instances: every instance's HTTP base URL (clients are spread over
            them, calls go through the first), the domain's admin port, the group as deploy target of the ceiling
            WAR and the instances' configs for the benchmark's system property (run like this against a group of two
            instances on 2026-11-25), e.g.

            ```bash
            ./mvnw -Pbench verify -Dbench.database=postgresql -Dbench.urls=http://127.0.0.1:30180,http://127.0.0.1:30280 \\
              -Dbench.admin.port=30048 -Dbench.target=dg-kompass -Dbench.config.targets=i1-config,i2-config \\
              -Dbench.mail.api=http://127.0.0.1:<greenmail api port> -Dbench.mail.imap=30543
            ```

            A group to measure: `config/payara/demo-cluster.sh up` (the demo on a group of two instances with nginx and a
            GreenMail, KOMPASS_DB_* naming its PostgreSQL database; `down` stops it), then the command above with
            `-Dbench.mail.api=http://127.0.0.1:18025 -Dbench.mail.imap=3143`. It uses
            `config/payara/kompass-domain.sh cluster-up` (docs/operations.md, section 13) with the demo's command files.

            Other options: `-Dbench.asadmin=` (the domain's asadmin, default ear/target/payara6/bin/asadmin),
            `-Dbench.push.clients=500,2000,5000`, `-Dbench.push.calls=50`, `-Dbench.booking.warm-ups=10`, `-Dbench.booking.rounds=9`,
            `-Dbench.only=search,push,booking,queue,outbox` (a part of the run; the file then shows only that part). A demo
            on other ports: see README.md (`-Ddemo.portbase=36000`). The booking storm adds weekend extra hours for the
            Ilmenau counsellor when it finds too few free times, and cancels its bookings afterwards, so runs repeat on one
            database. Figures taken while other work loads the machine are noise: note the load average below.
            """;

    record Part(Benchmark benchmark, Benchmark.Outcome outcome) {
    }

    private Report() {
    }

    static void write(BenchConfig config, ZonedDateTime started, String loadBefore, String loadAfter, List<Part> parts,
                      ServerLoad load) throws IOException {
        boolean processCpu = load.processCpuKnown();
        // written one heading level too high, demoted below: the run is a section of the file
        StringBuilder md = new StringBuilder();
        md.append("# ").append(config.cluster() ? "Deployment group" : "Single instance").append(": run of ")
                .append(started.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)).append("\n\n")
                .append("- Server: ").append(config.cluster()
                        ? "deployment group `" + config.target() + "` of " + config.urls().size() + " instances (" + String.join(", ", config.urls()) + ")"
                        : "single instance " + config.first()).append(", database ").append(config.databaseName()).append(".\n")
                .append("- Machine: ").append(machine()).append(".\n")
                .append("- Load average (1, 5, 15 min) before the run: ").append(loadBefore).append("; after: ").append(loadAfter).append(".\n")
                .append("- The benchmark's clients run on the same machine (JVM heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB) and share its cores with the server. Open-file limit")
                .append(" (5,000 displays need over 5,000 on each side): benchmark ").append(ServerLoad.openFileLimit("/proc/self/limits"))
                .append(", server ").append(String.join(" / ", load.openFileLimits())).append(".\n\n");

        md.append("## Summary\n\nEach KOMPASS figure next to its ceiling, measured in the same minute in the same server: a bare\n"
                + "WebSocket broadcast for the push, a bare single-row insert (`ear/src/bench/ceiling`, deployed only for the run)\n"
                + "for bookings and queue operations. Targets from issues 3, 4 and 5.\n\n"
                + "Server heap and CPU: the most heap used and the mean CPU of the server process (share of all cores)\n"
                + "while the KOMPASS figure was measured, per instance; details in the next section.\n\n"
                + "| benchmark | KOMPASS | ceiling | ratio | target | server heap max, CPU mean |\n|---|---|---|---|---|---|\n");
        List<ServerLoad.Figures> figures = load.figures();
        for (Part part : parts) {
            if (part.outcome().rows().isEmpty()) {
                md.append("| ").append(part.benchmark().title()).append(" | **did not run to the end** (see below) | | | | |\n");
            }
            for (Benchmark.Row row : part.outcome().rows()) {
                md.append("| ").append(row.measure()).append(" | ").append(row.kompass()).append(" | ").append(row.ceiling())
                        .append(" | ").append(row.ratio()).append(" | ").append(row.target()).append(" | ")
                        .append(serverLoad(figures, row.phase())).append(" |\n");
            }
        }

        md.append("\n## Heap and CPU of the server during each benchmark\n\n"
                + "Sampled every 250 ms on every instance: used heap from `/metrics?scope=base` (`memory_usedHeap_bytes`, limit\n"
                + "`memory_maxHeap_bytes`); ")
                .append(processCpu ? "the server process's CPU from `/proc/<pid>/stat` of the process listening on the\n"
                        + "instance's port (Payara's metrics have no process CPU), as a share of all cores over the phase and in its busiest\n"
                        + "second; "
                        : "the server process's CPU could not be read (server not on this machine); ")
                .append("the whole machine's CPU from\n`system_cpu_load` (vendor scope), which includes the benchmark's clients. Used heap includes garbage G1 has not\n"
                        + "collected yet: it grows towards the limit over a run; a maximum close to the limit means the heap was tight.\n\n"
                        + "| phase | instance | heap used mean / max MiB | heap limit MiB | server CPU mean / busiest second | machine CPU mean | samples |\n"
                        + "|---|---|---:|---:|---:|---:|---:|\n");
        for (ServerLoad.Figures f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.0f / %.0f | %.0f | %s / %s | %s | %d |%n", f.phase(), f.instance(),
                    f.heapMeanMiB(), f.heapMaxMiB(), f.heapLimitMiB(), percent(f.processCpuMean()), percent(f.processCpuMax()),
                    percent(f.machineCpuMean()), f.samples()));
        }

        for (Part part : parts) {
            md.append("\n## ").append(part.benchmark().title()).append("\n\n").append(part.outcome().details().strip()).append("\n\n")
                    .append(part.benchmark().explanation().strip()).append('\n');
        }
        String kind = config.cluster() ? "cluster" : "single";
        String other = config.cluster() ? "single" : "cluster";
        String section = "<!-- run:" + kind + " -->\n" + md.toString().replaceAll("(?m)^#", "##") + "<!-- /run:" + kind + " -->\n";
        String kept = Files.exists(config.report())
                ? section(Files.readString(config.report(), StandardCharsets.UTF_8), other) : "";
        String file = "# Benchmarks\n\n" + COMMAND + "\n" + (config.cluster() ? kept + section : section + kept);
        Files.writeString(config.report(), file, StandardCharsets.UTF_8);
    }

    /**
     * The last run against the other kind of server (a single instance, a deployment group), so that the file
     * always shows one of each; empty when there is none.
     */
    static String section(String file, String kind) {
        int start = file.indexOf("<!-- run:" + kind + " -->");
        String end = "<!-- /run:" + kind + " -->\n";
        int stop = file.indexOf(end);
        return start < 0 || stop < start ? "" : file.substring(start, stop + end.length()) + "\n";
    }

    private static String serverLoad(List<ServerLoad.Figures> figures, String phase) {
        List<String> instances = figures.stream().filter(f -> f.phase().equals(phase))
                .map(f -> String.format(Locale.ROOT, "%.0f MiB, %s", f.heapMaxMiB(), percent(f.processCpuMean()))).toList();
        return instances.isEmpty() ? "—" : String.join("; ", instances);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Cores, CPU, memory, kernel and Java of the machine the benchmark ran on. */
    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\D+", "")).map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB").orElse("?");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }

}

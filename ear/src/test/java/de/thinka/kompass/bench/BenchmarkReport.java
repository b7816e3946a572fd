package de.thinka.kompass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * docs/benchmarks.md is written by the benchmarks, one section each between {@code <!-- bench:ID -->} and
 * {@code <!-- /bench:ID -->}; a benchmark replaces only its own section, so they can run one after the other.
 */
final class BenchmarkReport {

    private static final String HEADER = "# Benchmarks\n\n"
            + "Written by `./mvnw -Pbench verify` (the classes in ear/src/test/java/de/thinka/kompass/bench) against the\n"
            + "demo server (`./mvnw -Pdemo verify` in another terminal). Do not edit by hand: each benchmark rewrites its\n"
            + "own section.\n\n";

    private BenchmarkReport() {
    }

    /** What a benchmark's main method runs. */
    interface Measurement {
        void run() throws Exception;
    }

    /** Runs the measurement and ends the JVM: 0 when the report was written, 1 (reason logged) when it could not run. */
    static void runAndExit(Measurement measurement) {
        int status = 1;
        try {
            measurement.run();
            status = 0;
        } catch (Exception | AssertionError e) {
            Logger.getLogger(BenchmarkReport.class.getName()).log(Level.SEVERE, "benchmark failed", e);
        } finally {
            System.exit(status);
        }
    }

    static void writeSection(Path file, String id, String markdown) throws IOException {
        String begin = "<!-- bench:" + id + " -->\n";
        String end = "<!-- /bench:" + id + " -->\n";
        String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
        String section = begin + markdown.strip() + "\n" + end;
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        String updated = from >= 0 && to > from
                ? document.substring(0, from) + section + document.substring(to + end.length())
                : document.stripTrailing() + "\n\n" + section;
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    /** Cores, CPU, memory, OS and Java of the machine the benchmark ran on. */
    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\D+", "")).map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB").orElse("?");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}

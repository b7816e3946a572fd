package de.thinka.kompass.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Heap and CPU of every server instance while a phase of the benchmark runs, sampled every 250 ms.
 * Heap from the instance's {@code /metrics?scope=base} ({@code memory_usedHeap_bytes}, {@code memory_maxHeap_bytes}).
 * Payara 6's metrics carry no CPU time of the server process (only {@code system_cpu_load} of the whole machine,
 * vendor scope), so the process CPU comes from {@code /proc/<pid>/stat} of the process listening on the
 * instance's HTTP port when it runs on this machine; otherwise only the machine's CPU is shown.
 */
final class ServerLoad implements AutoCloseable {

    private static final Pattern METRIC = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** Aggregate of one instance during one phase. */
    record Figures(String phase, String instance, double heapMeanMiB, double heapMaxMiB, double heapLimitMiB,
                   double processCpuMean, double processCpuMax, double machineCpuMean, int samples) {
    }

    /** One reading; cpuTicks is the process's user+system time in clock ticks (-1: unknown), read at nanos. */
    private record Sample(double heapBytes, double heapMaxBytes, double machineCpu, long cpuTicks, long nanos) {
    }

    private final List<String> urls;
    private final Map<String, Optional<Long>> pids = new LinkedHashMap<>();
    private final Map<String, Http> clients = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Sample>>> samples = new ConcurrentHashMap<>();
    private final List<String> phases = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "server-load");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String phase;

    ServerLoad(List<String> urls) {
        this.urls = urls;
        for (String url : urls) {
            pids.put(url, localPid(URI.create(url).getPort()));
            clients.put(url, Http.anonymous(url));
        }
        timer.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** Samples from now on belong to this phase until the next call (null: not reported). */
    synchronized void phase(String name) {
        if (name != null && !phases.contains(name)) {
            phases.add(name);
        }
        phase = name;
    }

    /** "Max open files" of each instance's process on this machine (5,000 displays need over 5,000). */
    List<String> openFileLimits() {
        return pids.values().stream().map(pid -> pid.map(p -> openFileLimit("/proc/" + p + "/limits")).orElse("unknown")).toList();
    }

    static String openFileLimit(String limits) {
        try {
            return Files.readAllLines(Path.of(limits)).stream().filter(l -> l.startsWith("Max open files"))
                    .map(l -> l.replaceAll("^Max open files\\s+(\\S+).*", "$1")).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    boolean processCpuKnown() {
        return pids.values().stream().allMatch(Optional::isPresent);
    }

    private void sample() {
        String current = phase;
        for (String url : urls) {
            Sample sample = read(url);
            if (current != null && sample != null) {
                samples.computeIfAbsent(current, p -> new ConcurrentHashMap<>())
                        .computeIfAbsent(url, u -> java.util.Collections.synchronizedList(new ArrayList<>())).add(sample);
            }
        }
    }

    private Sample read(String url) {
        long ticks = pids.get(url).map(ServerLoad::cpuTicks).orElse(OptionalLong.empty()).orElse(-1);
        long nanos = System.nanoTime();
        try {
            String base = clients.get(url).get("/metrics?scope=base").body();
            String vendor = clients.get(url).get("/metrics?scope=vendor").body();
            return new Sample(metric(base, "memory_usedHeap_bytes"), metric(base, "memory_maxHeap_bytes"),
                    metric(vendor, "system_cpu_load"), ticks, nanos);
        } catch (RuntimeException e) {
            return new Sample(Double.NaN, Double.NaN, Double.NaN, ticks, nanos);
        }
    }

    private static double metric(String text, String name) {
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            String found = m.group(1).replaceFirst("^(base|vendor)_", "");
            if (found.equals(name)) {
                return Double.parseDouble(m.group(3));
            }
        }
        return Double.NaN;
    }

    private static OptionalLong cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));   // utime + stime
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The process that listens on this TCP port on this machine (from /proc/net/tcp*, then the owners' fds). */
    static Optional<Long> localPid(int port) {
        try {
            String hexPort = String.format(":%04X ", port);
            List<String> inodes = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && (f[1] + " ").contains(hexPort) && "0A".equals(f[3])) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            }
            if (inodes.isEmpty()) {
                return Optional.empty();
            }
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .filter(p -> ownsAny(p, inodes)).map(p -> Long.valueOf(p.getFileName().toString())).findFirst();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean ownsAny(Path process, List<String> inodes) {
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return inodes.contains(Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Figures per phase (in the order the phases began) and instance. */
    synchronized List<Figures> figures() {
        List<Figures> all = new ArrayList<>();
        for (String name : phases) {
            Map<String, List<Sample>> byUrl = samples.getOrDefault(name, Map.of());
            for (String url : urls) {
                List<Sample> list = List.copyOf(byUrl.getOrDefault(url, List.of()));
                all.add(new Figures(name, url, mean(list.stream().mapToDouble(Sample::heapBytes)) / (1 << 20),
                        max(list.stream().mapToDouble(Sample::heapBytes)) / (1 << 20),
                        max(list.stream().mapToDouble(Sample::heapMaxBytes)) / (1 << 20),
                        cpuShare(list, 0), maxCpuShare(list), mean(list.stream().mapToDouble(Sample::machineCpu)), list.size()));
            }
        }
        return all;
    }

    /** CPU time over wall time between the first and the last reading (0..1 of all cores), NaN when unknown. */
    private static double cpuShare(List<Sample> samples, int from) {
        List<Sample> known = samples.subList(from, samples.size()).stream().filter(s -> s.cpuTicks() >= 0).toList();
        if (known.size() < 2) {
            return Double.NaN;
        }
        Sample first = known.get(0);
        Sample last = known.get(known.size() - 1);
        double cpuSeconds = (last.cpuTicks() - first.cpuTicks()) / (double) CLOCK_TICKS_PER_SECOND;
        return cpuSeconds / ((last.nanos() - first.nanos()) / 1e9) / Runtime.getRuntime().availableProcessors();
    }

    /** The busiest second: CPU share over windows of at least one second (the kernel counts in 10-ms ticks). */
    private static double maxCpuShare(List<Sample> samples) {
        double max = Double.NaN;
        int start = 0;
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).nanos() - samples.get(start).nanos() >= 1_000_000_000L) {
                double share = cpuShare(samples.subList(start, i + 1), 0);
                max = Double.isNaN(max) || share > max ? share : max;
                start = i;
            }
        }
        double overall = cpuShare(samples, 0);
        // a phase shorter than a second, or whose busiest part fell into the last partial window
        return Double.isNaN(max) || overall > max ? overall : max;
    }

    private static double mean(java.util.stream.DoubleStream values) {
        return values.filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static double max(java.util.stream.DoubleStream values) {
        return values.filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package de.thinka.kompass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push latency of the waiting-room display stream against a running server: N display clients, K calls, the
 * time from a call's HTTP response to the "ticket-called" message at every client, next to the same for a bare
 * broadcast endpoint in the same server (the ceiling). Rewrites docs/benchmarks.md. Run with
 * {@code ./mvnw -Pbench verify} while the demo runs (see docs/benchmarks.md).
 */
public final class PushBenchmark {

    private static final Pattern CALLED = Pattern.compile("\"type\":\"ticket-called\".*?\"number\":\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private PushBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    record Result(String name, int clients, int calls, long[] latenciesMicros, long lost, long early) {
        double percentile(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(index, latenciesMicros.length - 1))] / 1000.0;
        }
    }

    /** One display client: remembers when each called number arrived. */
    static final class Display implements WebSocket.Listener {
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final CountDownLatch first = new CountDownLatch(1);
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                Matcher called = CALLED.matcher(partial);
                if (called.find()) {
                    arrivals.putIfAbsent(called.group(1), now);
                }
                partial.setLength(0);
                first.countDown();
            }
            socket.request(1);
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:8080");
        int clients = Integer.getInteger("bench.clients", 2000);
        int calls = Integer.getInteger("bench.calls", 50);
        String office = System.getProperty("bench.office", "arnstadt");
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));

        PushBenchmark bench = new PushBenchmark(base);
        bench.login("empfang-" + office);
        Result ceiling = bench.run("bare broadcast (ceiling)", "/bench-ceiling/ws", clients, calls, false,
                () -> bench.post("/bench-ceiling/api/broadcast", "").body().trim());
        Result kompass = bench.run("KOMPASS display stream", "/ws/offices/" + office + "/display", clients, calls, true,
                () -> bench.callNext(office));
        String table = markdown(List.of(ceiling, kompass), ceiling);
        System.out.println(table);
        Files.writeString(report, document(table), StandardCharsets.UTF_8);
        System.out.println("written to " + report.toAbsolutePath());
        System.exit(0);
    }

    private void login(String username) {
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Authorization", basic(username)).GET().build());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("cannot log in as " + username + ": " + me.statusCode());
        }
    }

    private String callNext(String office) {
        post("/api/offices/" + office + "/tickets", "{}");
        HttpResponse<String> called = post("/api/offices/" + office + "/desks/raum-1/call-next", "");
        Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(called.body());
        if (called.statusCode() != 200 || !number.find()) {
            throw new IllegalStateException("call-next answered " + called.statusCode() + " " + called.body());
        }
        return number.group(1);
    }

    private Result run(String name, String wsPath, int clients, int calls, boolean expectSnapshot,
                       Supplier<String> trigger) throws Exception {
        HttpClient sockets = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build();
        List<Display> displays = new ArrayList<>();
        List<WebSocket> open = new ArrayList<>();
        URI uri = URI.create(base.replaceFirst("^http", "ws") + wsPath);
        for (int batch = 0; batch < clients; batch += 100) {
            List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
            for (int i = batch; i < Math.min(clients, batch + 100); i++) {
                Display display = new Display();
                displays.add(display);
                pending.add(sockets.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, display));
            }
            for (CompletableFuture<WebSocket> socket : pending) {
                open.add(socket.get(60, TimeUnit.SECONDS));
            }
        }
        if (expectSnapshot) {
            for (Display display : displays) {
                if (!display.first.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a client got no snapshot");
                }
            }
        }
        Map<String, Long> responses = new ConcurrentHashMap<>();
        for (int i = 0; i < calls; i++) {
            String number = trigger.get();
            responses.put(number, System.nanoTime());
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && displays.stream().anyMatch(d -> !d.arrivals.keySet().containsAll(responses.keySet()))) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        List<Long> latencies = new ArrayList<>();
        long lost = 0;
        long early = 0;
        for (Display display : displays) {
            for (Map.Entry<String, Long> response : responses.entrySet()) {
                Long arrival = display.arrivals.get(response.getKey());
                if (arrival == null) {
                    lost++;
                } else {
                    long micros = TimeUnit.NANOSECONDS.toMicros(arrival - response.getValue());
                    early += micros < 0 ? 1 : 0;
                    latencies.add(Math.max(0, micros));
                }
            }
        }
        open.forEach(WebSocket::abort);
        ((ExecutorService) sockets.executor().orElseThrow()).shutdownNow();
        return new Result(name, clients, calls, latencies.stream().mapToLong(Long::longValue).sorted().toArray(), lost, early);
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static String markdown(List<Result> results, Result ceiling) {
        StringBuilder table = new StringBuilder("| stream | clients | calls | p50 ms | p95 ms | p99 ms | max ms | lost | p99 / ceiling |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %.2f |%n",
                    r.name(), r.clients(), r.calls(), r.percentile(50), r.percentile(95), r.percentile(99),
                    r.percentile(100), r.lost(), r.percentile(99) / ceiling.percentile(99)));
        }
        return table.toString();
    }

    private static String document(String table) throws IOException, InterruptedException {
        return "# Benchmarks\n\n"
                + "Written by `./mvnw -Pbench verify` (ear/src/test/java/de/thinka/kompass/bench/PushBenchmark.java) against the\n"
                + "demo server (`./mvnw -Pdemo verify` in another terminal). Do not edit by hand; see the end of this page\n"
                + "for how to read it.\n\n"
                + "## Push latency, waiting-room display (" + LocalDate.now() + ")\n\n"
                + "Time from the HTTP response of a call (`call-next`; for the ceiling `POST /bench-ceiling/api/broadcast`)\n"
                + "to the arrival of the `ticket-called` message at every connected display client; one call every 200 ms.\n"
                + "Messages that arrived before the caller had its response count as 0 ms.\n\n"
                + table + "\n"
                + "Machine: " + machine() + "\n\n"
                + "## How to read it\n\n"
                + "- The ceiling is a bare WebSocket broadcast deployed into the same server only for the benchmark\n"
                + "  (`ear/src/bench/ceiling`, never part of the EAR): one text handed to every session's async sender.\n"
                + "- KOMPASS does more per call: one transaction under the office's lock, an after-commit event, re-ordering\n"
                + "  by seq, rendering the display JSON once, and a bounded queue per client.\n"
                + "- Targets (issue 3): p99 <= 100 ms at 2,000 clients on 2 cores, nothing lost, p99 within 1.3x the ceiling.\n"
                + "- The client runs on the same machine as the server and shares its CPU; both streams pay that equally.\n";
    }

    private static String machine() throws IOException, InterruptedException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> l.replaceAll("\\D+", "")).map(kb -> (Long.parseLong(kb) / 1024 / 1024) + " GiB").orElse("?");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + ManagementFactory.getRuntimeMXBean().getVmName() + ")";
    }
}

package de.thinka.kompass.bench;

import java.io.IOException;
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
import java.util.logging.Logger;

/**
 * Push latency of the waiting-room display stream against a running server: N display clients, K calls, the
 * time from a call's HTTP response to the "ticket-called" message at every client, next to the same for a bare
 * broadcast endpoint in the same server (the ceiling). Rewrites docs/benchmarks.md. Run with
 * {@code ./mvnw -Pbench verify} while the demo runs (see docs/benchmarks.md).
 */
public final class PushBenchmark {

    private static final Logger LOG = Logger.getLogger(PushBenchmark.class.getName());
    private static final Pattern CALLED = Pattern.compile("\"type\":\"ticket-called\".*?\"number\":\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private PushBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A call: the called number, when its request left and when its response was in. */
    record Call(String number, long sent, long answered) {
    }

    /** Latencies in microseconds, signed: negative means the push arrived before the caller had its response. */
    record Result(String name, int clients, int calls, long[] fromResponse, long[] fromRequest, long lost, long early) {
        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
        }
    }

    /** One display client: remembers when each called number arrived. */
    static final class Display implements WebSocket.Listener {
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final CountDownLatch first = new CountDownLatch(1);
        volatile String closed;
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

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            closed = status + " " + reason;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed = error + (error.getCause() == null ? "" : " caused by " + error.getCause());
        }
    }

    /** Exits 0 when the report was written, 1 (with the reason logged) when the benchmark could not run. */
    public static void main(String[] args) {
        BenchmarkReport.runAndExit(PushBenchmark::measure);
    }

    private static void measure() throws Exception {
        String base = System.getProperty("bench.url", "http://localhost:8080");
        int clients = Integer.getInteger("bench.clients", 2000);
        int calls = Integer.getInteger("bench.calls", 50);
        String office = System.getProperty("bench.office", "arnstadt");
        Path report = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));

        PushBenchmark bench = new PushBenchmark(base);
        bench.login("empfang-" + office);
        Result ceiling = bench.run("bare broadcast (ceiling)", "/bench-ceiling/ws", clients, calls, false, () -> {
            long sent = System.nanoTime();
            String number = bench.post("/bench-ceiling/api/broadcast", "").body().trim();
            return new Call(number, sent, System.nanoTime());
        });
        bench.issueTickets(office, calls);
        Result kompass = bench.run("KOMPASS display stream", "/ws/offices/" + office + "/display", clients, calls, true,
                () -> bench.callNext(office));
        String table = markdown(List.of(ceiling, kompass), ceiling) + "\n" + verdict(kompass, ceiling);
        LOG.info(() -> "\n" + table);
        BenchmarkReport.writeSection(report, "push", section(table));
        LOG.info(() -> "written to " + report.toAbsolutePath());
    }

    private void login(String username) {
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Authorization", basic(username)).GET().build());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("cannot log in as " + username + ": " + me.statusCode());
        }
    }

    /** The visitors to call, issued before the clients connect so that each measured call is one push. */
    private void issueTickets(String office, int count) {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> issued = post("/api/offices/" + office + "/tickets", "{}");
            if (issued.statusCode() != 201) {
                throw new IllegalStateException("issuing a ticket answered " + issued.statusCode() + " " + issued.body());
            }
        }
    }

    private Call callNext(String office) {
        long sent = System.nanoTime();
        HttpResponse<String> called = post("/api/offices/" + office + "/desks/raum-1/call-next", "");
        long answered = System.nanoTime();
        if (called.statusCode() == 204) {
            // the line ran empty (e.g. the day closing ran at closing time): one more visitor, call again
            issueTickets(office, 1);
            sent = System.nanoTime();
            called = post("/api/offices/" + office + "/desks/raum-1/call-next", "");
            answered = System.nanoTime();
        }
        Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(called.body());
        if (called.statusCode() != 200 || !number.find()) {
            throw new IllegalStateException("call-next answered " + called.statusCode() + " " + called.body());
        }
        return new Call(number.group(1), sent, answered);
    }

    private Result run(String name, String wsPath, int clients, int calls, boolean expectSnapshot,
                       Supplier<Call> trigger) throws Exception {
        // several clients, so that several selector threads read the 2,000 connections (one would be the bottleneck)
        List<HttpClient> sockets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sockets.add(HttpClient.newHttpClient());
        }
        List<Display> displays = new ArrayList<>();
        List<WebSocket> open = new ArrayList<>();
        URI uri = URI.create(base.replaceFirst("^http", "ws") + wsPath);
        for (int batch = 0; batch < clients; batch += 100) {
            List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
            for (int i = batch; i < Math.min(clients, batch + 100); i++) {
                Display display = new Display();
                displays.add(display);
                pending.add(sockets.get(i % sockets.size()).newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                        .buildAsync(uri, display));
            }
            for (CompletableFuture<WebSocket> socket : pending) {
                open.add(socket.get(60, TimeUnit.SECONDS));
            }
        }
        if (expectSnapshot) {
            long snapshotDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (Display display : displays) {
                display.first.await(Math.max(0, snapshotDeadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            List<String> without = displays.stream().filter(d -> d.first.getCount() > 0)
                    .map(d -> d.closed == null ? "open" : d.closed).toList();
            if (!without.isEmpty()) {
                // reported, not hidden: their missing messages count as lost
                LOG.warning(without.size()
                        + " clients got no snapshot: " + without.stream().distinct().toList());
            }
        }
        Map<String, Call> responses = new ConcurrentHashMap<>();
        for (int i = 0; i < calls; i++) {
            Call call = trigger.get();
            responses.put(call.number(), call);
            // one call at a time: the next call starts once every client has this one (or after 5 s)
            long callDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            // a client the server closed (reported above) is not waited for: it will not get anything any more
            while (System.nanoTime() < callDeadline && displays.stream().anyMatch(d -> d.closed == null && !d.arrivals.containsKey(call.number()))) {
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && displays.stream().anyMatch(d -> !d.arrivals.keySet().containsAll(responses.keySet()))) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        List<Long> fromResponse = new ArrayList<>();
        List<Long> fromRequest = new ArrayList<>();
        long lost = 0;
        long early = 0;
        for (Display display : displays) {
            for (Call call : responses.values()) {
                Long arrival = display.arrivals.get(call.number());
                if (arrival == null) {
                    lost++;
                } else {
                    long micros = TimeUnit.NANOSECONDS.toMicros(arrival - call.answered());
                    early += micros < 0 ? 1 : 0;
                    fromResponse.add(micros);
                    fromRequest.add(TimeUnit.NANOSECONDS.toMicros(arrival - call.sent()));
                }
            }
        }
        open.forEach(WebSocket::abort);
        return new Result(name, clients, calls, sorted(fromResponse), sorted(fromRequest), lost, early);
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
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
        StringBuilder table = new StringBuilder("| stream | clients | calls | measured from | p50 ms | p95 ms | p99 ms | max ms | "
                + "before response | lost | p99 / ceiling |\n|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            row(table, r, "response", r.fromResponse(), Double.NaN);
            row(table, r, "request", r.fromRequest(),
                    Result.percentile(r.fromRequest(), 99) / Result.percentile(ceiling.fromRequest(), 99));
        }
        return table.toString();
    }

    /** The targets of issue 3, checked against this run. */
    static String verdict(Result kompass, Result ceiling) {
        double p99 = Result.percentile(kompass.fromResponse(), 99);
        double ratio = Result.percentile(kompass.fromRequest(), 99) / Result.percentile(ceiling.fromRequest(), 99);
        return String.format(Locale.ROOT, "Targets: p99 <= 100 ms from the response: %s (%.0f ms); nothing lost: %s (%d); "
                        + "within 1.3x the ceiling: %s (%.2fx).%n", p99 <= 100 ? "met" : "NOT met", p99,
                kompass.lost() == 0 ? "met" : "NOT met", kompass.lost(), ratio <= 1.3 ? "met" : "NOT met", ratio);
    }

    private static void row(StringBuilder table, Result r, String from, long[] values, double ratio) {
        long total = (long) r.clients() * r.calls();
        table.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.1f | %.1f | %.0f %% | %d | %s |%n",
                r.name(), r.clients(), r.calls(), from, Result.percentile(values, 50), Result.percentile(values, 95),
                Result.percentile(values, 99), Result.percentile(values, 100), 100.0 * r.early() / Math.max(1, total),
                r.lost(), Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio)));
    }

    private static String section(String table) throws IOException {
        return "## Push latency, waiting-room display (" + LocalDate.now() + ")\n\n"
                + "Time to the arrival of the `ticket-called` message at every connected display client, measured from the\n"
                + "HTTP response of the call (`call-next`; for the ceiling `POST /bench-ceiling/api/broadcast`) and from the\n"
                + "moment its request left; one call at a time (the next starts 100 ms after every client has the last).\n"
                + "Negative values: the push was faster than the response (the ceiling pushes inside its request, before it\n"
                + "writes the response); \"before response\" counts those.\n"
                + "The ratio compares p99 from the request, which includes the server's work for the call.\n\n"
                + table + "\n"
                + "Machine: " + BenchmarkReport.machine() + "\n\n"
                + "### How to read it\n\n"
                + "- The ceiling is a bare WebSocket broadcast deployed into the same server only for the benchmark\n"
                + "  (`ear/src/bench/ceiling`, never part of the EAR): one text handed to every session's async sender.\n"
                + "- KOMPASS does more per call: one transaction under the office's lock, an after-commit event, re-ordering\n"
                + "  by seq, rendering the display JSON once, and a bounded queue per client.\n"
                + "- Targets (issue 3): p99 <= 100 ms at 2,000 clients on 2 cores, nothing lost, p99 within 1.3x the ceiling.\n"
                + "- The client runs on the same machine as the server and shares its CPU; both streams pay that equally.\n\n"
                + "### Where the time goes\n\n"
                + "- The spread between p50 and p99 is the fan-out itself: the server hands the message to 2,000 sessions\n"
                + "  one after the other, and each asynchronous send (framing, write to the socket) costs about 0.1 ms of CPU\n"
                + "  here, shared with the 2,000 benchmark clients reading on the same 2 cores. The bare broadcast pays the same\n"
                + "  cost, which is why both are far above 100 ms at the 99th percentile on this machine.\n"
                + "- KOMPASS answers the caller first and pushes on one sender thread per office (the response no longer\n"
                + "  waits for the fan-out); the ceiling pushes inside its request, so its numbers \"from response\" are\n"
                + "  mostly negative. Compare \"from request\" for a fair ratio.\n"
                + "- Earlier designs measured with this benchmark: pushing inside the request (1.44x the ceiling, the caller\n"
                + "  waited for 2,000 sends), one send in flight per client with a completion callback (5x: a callback task\n"
                + "  per message), and pushing the issue event on the measured path (twice the work per call).\n"
                + "- Next steps to reach 100 ms: frame the message once for all sessions (Tyrus' own broadcast) or fan out\n"
                + "  on several threads, and run the clients on another machine.\n";
    }
}

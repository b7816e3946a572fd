package de.thinka.kompass.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Booking storm: 500 simultaneous online bookings on 50 free slots of one counsellor (exactly 50 must win),
 * next to 500 simultaneous bare single-row inserts in the same server (the ceiling, ear/src/bench/ceiling).
 * Against a deployment group the requests are spread over the instances.
 */
final class BookingBenchmark implements Benchmark {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** One storm: answers by kind, latency per request, wall time from release to the last answer. */
    record Storm(String name, int attempts, int won, int refused, int failed, Latencies latencies, double perSecond,
                 List<String> manageTokens, Latencies winners, Latencies refusals) {
    }

    /** A measured round: the ceiling's storm and right after it KOMPASS's on the same times. */
    private record Round(Storm ceiling, Storm kompass) {
    }

    /** One answer of a storm: status, latency and, for a booking won, its manage token. */
    private record Answer(int status, long micros, String manageToken) {
    }

    @Override
    public String id() {
        return "booking";
    }

    @Override
    public String title() {
        return "Booking storm";
    }

    @Override
    public Outcome run(Context context) throws Exception {
        BenchConfig config = context.config();
        int attempts = Integer.getInteger("bench.bookings", 500);
        int slots = Integer.getInteger("bench.slots", 50);
        int warmUps = Integer.getInteger("bench.booking.warm-ups", 10);
        int rounds = Math.max(1, Integer.getInteger("bench.booking.rounds", 9));
        List<Http> instances = config.urls().stream().map(Http::anonymous).toList();
        List<String> free = freeSlots(config, 2 * slots);
        List<String> warmUp = free.subList(slots, free.size());
        List<String> starts = free.subList(0, slots);
        IntFunction<HttpRequest> insert = i -> request(instances, i, "/bench-ceiling/api/insert", "");
        // warm-up storms of each kind first, so that the measured runs meet compiled code: each books the warm-up
        // times out (winners and losers) and cancels its winners afterwards, so the next finds them free again
        for (int round = 1; round <= warmUps; round++) {
            int offset = 100_000 * round;
            storm(instances, "warm-up", attempts, insert);
            cancel(instances, storm(instances, "warm-up", attempts, i -> booking(instances, warmUp, offset + i)));
        }
        // measured rounds, each a ceiling storm and right after it a KOMPASS storm on the same times (cancelled
        // afterwards); the summary gives the medians over the rounds, the details show every round
        List<Round> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            context.load().phase("booking storm: bare insert");
            Storm bare = storm(instances, "bare single-row insert (ceiling), round " + round, attempts, insert);
            context.load().phase("booking storm: KOMPASS");
            Storm kompass = storm(instances, "KOMPASS online booking, round " + round, attempts, i -> booking(instances, starts, i));
            context.load().phase(null);
            cancel(instances, kompass);
            measured.add(new Round(bare, kompass));
        }
        Outcomes out = new Outcomes();
        out.details.append(attempts + " online bookings sent at the same moment for " + slots + " free times of one counsellor\n"
                + "(" + attempts / slots + " per time), each from its own client address"
                + (config.cluster() ? ", spread over the " + instances.size() + " instances" : "") + "; next to it the same number of\n"
                + "simultaneous `POST /bench-ceiling/api/insert` (one single-row INSERT through the same pool, no checks).\n"
                + "Latency from sending to the complete answer; throughput = requests / wall time of the storm. Both runs\n"
                + "follow " + warmUps + " warm-up storms of each kind (the first storms after a start meet uncompiled code); every\n"
                + "storm's bookings are cancelled afterwards, so the run leaves the times free. " + rounds + " measured rounds of both\n"
                + "storms: on two shared cores a single storm's p95 varied by a factor of four between runs (2026-12-04), and its\n"
                + "throughput share between 42 and 74 % (2026-12-07), so the summary shows the median over the rounds of each\n"
                + "figure (the share: of each round's KOMPASS storm against that round's ceiling); all rounds are listed.\n\n"
                + "| run | requests | won | \"vergeben\" (409) | other | p50 ms | p95 ms | p99 ms | max ms | requests/s | / ceiling |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Round round : measured) {
            for (Storm storm : List.of(round.ceiling(), round.kompass())) {
                out.details.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %.0f | %s |%n",
                        storm.name(), storm.attempts(), storm.won(),
                        storm.refused(), storm.failed(), storm.latencies().cells(), storm.perSecond(), storm == round.ceiling() ? ""
                                : String.format(Locale.ROOT, "%.0f %%", 100 * storm.perSecond() / round.ceiling().perSecond())));
            }
        }
        out.details.append("\nThe KOMPASS storms by answer, bookings won and \"vergeben\" (p50 / p95 / p99 / max ms):\n");
        for (Round round : measured) {
            Storm kompass = round.kompass();
            if (kompass.refusals().count() > 0 && kompass.winners().count() > 0) {
                out.details.append("- " + kompass.name() + ": won " + kompass.winners().summary() + ", \"vergeben\" "
                        + kompass.refusals().summary() + "\n");
            }
        }
        double p95 = median(measured, round -> round.kompass().latencies().p(95));
        double share = median(measured, round -> round.kompass().perSecond() / round.ceiling().perSecond());
        String perRounds = " (median of " + rounds + " rounds)";
        out.row("booking storm: KOMPASS", attempts + " bookings at once on " + slots + " times: won",
                measured.stream().map(round -> String.valueOf(round.kompass().won())).distinct().collect(Collectors.joining(", ")), "—", "—",
                out.check("exactly " + slots + " won in every round",
                        measured.stream().allMatch(round -> round.kompass().won() == slots)));
        out.row("booking storm: KOMPASS", "booking storm: p50 / p95 / p99 / max ms" + perRounds,
                medians(measured, Round::kompass), medians(measured, Round::ceiling),
                Benchmark.ratio(p95 / median(measured, round -> round.ceiling().latencies().p(95))) + " (p95)",
                Benchmark.verdict("p95 <= 150 ms", p95 <= 150));
        out.row("booking storm: KOMPASS", "booking storm: requests/s" + perRounds,
                String.format(Locale.ROOT, "%.0f", median(measured, round -> round.kompass().perSecond())),
                String.format(Locale.ROOT, "%.0f", median(measured, round -> round.ceiling().perSecond())), Benchmark.ratio(share),
                Benchmark.verdict(">= 50 % of the ceiling", share >= 0.5));
        int failed = measured.stream().mapToInt(round -> round.kompass().failed()).sum();
        if (failed > 0) {
            out.check("no answer other than 201 or 409 (" + failed + " in all rounds)", false);
        }
        out.details.append("\nTargets (issue 4): exactly " + slots + " bookings, p95 <= 150 ms, throughput >= 50 % of the ceiling.\n");
        return out.outcome();
    }

    /** The median over the rounds of one figure (the lower middle one for an even number of rounds). */
    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        return values[(values.length - 1) / 2];
    }

    /** "p50 / p95 / p99 / max", each the median over the rounds of the given storm. */
    private static String medians(List<Round> rounds, Function<Round, Storm> storm) {
        return DoubleStream.of(50, 95, 99, 100)
                .mapToObj(percent -> String.format(Locale.ROOT, "%.0f", median(rounds, round -> storm.apply(round).latencies().p(percent))))
                .collect(Collectors.joining(" / "));
    }

    /**
     * {@code count} free weekend starts of the Ilmenau counsellor on the full hour (45 minutes plus the 15-minute
     * buffer), so that all can be booked at once; extra hours on the weekends of the next seven weeks first if
     * there are not enough (the first run on a database). The storms cancel their bookings, so the times stay free.
     */
    private static List<String> freeSlots(BenchConfig config, int count) {
        List<String> chosen = weekendHours(config, count);
        if (chosen.size() < count) {
            Http admin = Http.staff(config.first(), "admin");
            LocalDate saturday = LocalDate.now(BERLIN).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            for (int day = 0; day < 14; day++) {
                LocalDate date = saturday.plusWeeks(day / 2).plusDays(day % 2);
                HttpResponse<String> added = admin.post("/api/offices/ilmenau/availability/extra-hours",
                        "{\"counsellor\":\"beratung-ilmenau\",\"day\":\"" + date + "\",\"from\":\"06:00\",\"to\":\"22:00\"}");
                if (added.statusCode() != 201) {
                    throw new IllegalStateException("cannot add extra hours: " + added.statusCode() + " " + added.body());
                }
            }
            chosen = weekendHours(config, count);
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " free weekend slots; restart the demo for a fresh database");
        }
        return chosen;
    }

    private static List<String> weekendHours(BenchConfig config, int count) {
        JsonObject slots = Http.json(Http.anonymous(config.first()).get("/api/offices/ilmenau/slots?concern=motivation").body());
        List<String> chosen = new ArrayList<>();
        for (JsonObject slot : slots.getJsonArray("slots").getValuesAs(JsonObject.class)) {
            var local = OffsetDateTime.parse(slot.getString("start")).atZoneSameInstant(BERLIN);
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && local.getMinute() == 0 && chosen.size() < count) {
                chosen.add(slot.getString("start"));
            }
        }
        return chosen;
    }

    /**
     * Cancels the storm's bookings through their manage links (the times become free again), each from an address
     * of its own, so that repeated runs stay below the per-address limit on public POSTs.
     */
    private static void cancel(List<Http> instances, Storm storm) {
        int from = 1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000);
        for (int i = 0; i < storm.manageTokens().size(); i++) {
            int n = from + i;
            HttpResponse<String> cancelled = instances.get(n % instances.size()).send(request(instances, n,
                    "/api/bookings/" + storm.manageTokens().get(i) + "/cancel", ""));
            if (cancelled.statusCode() != 200) {
                throw new IllegalStateException("cannot cancel a storm's booking: " + cancelled.statusCode() + " " + cancelled.body());
            }
        }
    }

    private static HttpRequest booking(List<Http> instances, List<String> starts, int i) {
        return request(instances, i, "/api/bookings", Json.createObjectBuilder().add("office", "ilmenau")
                .add("concern", "motivation").add("start", starts.get(i % starts.size())).add("name", "Storm " + i)
                .add("email", "storm-" + i + "-" + System.nanoTime() + "@example.org").build().toString());
    }

    private static HttpRequest request(List<Http> instances, int i, String path, String body) {
        return instances.get(i % instances.size()).postJson(path, body)
                .header("X-Forwarded-For", "10." + (i / 62500 + 77) + "." + (i / 250 % 250) + "." + (i % 250 + 1)).build();
    }

    /** All requests start together (one thread each); latency per request. */
    private static Storm storm(List<Http> instances, String name, int attempts, IntFunction<HttpRequest> requests) throws Exception {
        Together.Results<Answer> answers = Together.run(attempts, i -> {
            HttpRequest request = requests.apply(i);
            Http http = instances.get(i % instances.size());
            return () -> {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request);
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
                // 201 only from a booking (the ceiling answers 200)
                String token = response.statusCode() == 201 ? Http.json(response.body()).getString("manageToken") : null;
                return new Answer(response.statusCode(), micros, token);
            };
        });
        int failed = 0;
        long[] latencies = new long[attempts];
        List<String> tokens = new ArrayList<>();
        List<Long> winners = new ArrayList<>();
        List<Long> refusals = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Answer answer = answers.values().get(i);
            latencies[i] = answer.micros();
            if (answer.status() == 200 || answer.status() == 201) {
                winners.add(answer.micros());
                if (answer.manageToken() != null) {
                    tokens.add(answer.manageToken());
                }
            } else if (answer.status() == 409) {
                refusals.add(answer.micros());
            } else {
                failed++;
            }
        }
        return new Storm(name, attempts, winners.size(), refusals.size(), failed, Latencies.of(latencies),
                answers.perSecond(attempts), tokens, Latencies.of(winners), Latencies.of(refusals));
    }

    @Override
    public String explanation() {
        return """
                ### Where the time goes

                - The 500 requests are sent by 500 client threads of the benchmark on the same two cores as the server
                  and PostgreSQL: the storm's wall time (and so its throughput) is mostly how fast the clients get their
                  requests out while the server competes with them for CPU. The ceiling's own throughput ranged from
                  786 to 2,780 requests/s between runs on 2026-12-04; single runs are not comparable to a few per cent.
                - Throughput is bound by CPU, not by waiting, and p95 follows it: the 500 arrive within a quarter of
                  a second or so, the 64 HTTP worker threads share two cores, and whatever the server cannot finish
                  while the requests still arrive is a backlog the last ones wait for. The ceiling clears the burst
                  about as fast as it arrives (p95 10-130 ms). KOMPASS's p95 depends on how much CPU the rounds leave
                  it: on 2026-12-07 the median p95 was 85 and 130 ms in two full runs (0.53x and 0.58x the ceiling),
                  but 244 ms in a booking-only run at 0.51x; single rounds ranged from 44 to 449 ms. The targets hold
                  at the median, with little to spare on this machine.
                - CPU per request, measured on 2026-12-07 with the server's own `/proc/<pid>/stat` over 20,000 requests
                  in a closed loop of 8 client threads (a warm server, not part of this benchmark): a bare insert 0.51 ms,
                  a refusal "vergeben" 0.65 ms, a winner with e-mail about 5-6 ms, its confirmation mail's delivery
                  included. So in a storm the 50 winners cost about as much as the 450 refusals together; the earlier
                  estimate of 2 ms per refusal (from averages that included the clients) was wrong. A refusal is
                  already close to the bare insert; what is left is the winners' transaction (below) and the JIT: the
                  winners' path needs some thousand bookings before it is compiled (CPU per booking fell from 20 ms to
                  5 ms over 3,000 bookings after a restart), hence 10 warm-up storms.
                - Found with JFR on 2026-12-07 and fixed: iCal4j validated every invitation before writing it (half of
                  writing one; the unit tests now validate every shape of `Meeting`, REQUEST and CANCEL, instead), and
                  the after-commit observer that sends cluster-wide events ("booked out", "freed") was a session
                  bean: Weld created a new EJB reference (a JNDI lookup) and the container a new transaction for each
                  notification, about a tenth of a booking's and a cancellation's CPU on the request thread. Now a
                  plain CDI bean (`ClusterEventSender`).
                - A winner is one transaction: office and concern from the directory's read model, the working plans
                  from memory; it reads the day's held appointments (one query), locks the counsellor's hours its talk
                  and buffer touch (PostgreSQL advisory locks, decision 0007), checks for overlaps, counts the e-mail's
                  open bookings, and inserts the appointment, the audit entry and the confirmation mail with its
                  iCalendar text. Writing and validating that text was a fifth of a winner's CPU until 2026-12-07:
                  iCal4j's VTIMEZONE for Berlin carried the zone's history back to 1893 (22 observances, two thirds of
                  the validation) and its global zone lookup copied all zone ids for every DTSTART/DTEND it wrote or
                  checked. Now the invitation carries the rules in force and the offices' zone has its own registry:
                  0.22 ms instead of 0.89 ms per invitation (a loop of 5,000 on this machine).
                - Attempts on the same time take turns in the server (`ClaimTurns`); since 2026-12-04 the waiting ones
                  are refused as soon as the one ahead holds the time, without waiting for its commit, and later ones
                  from the booked-out mark. A refusal does no query at all; what it costs is the web container, the
                  security mechanism and JAX-RS around an empty transaction.
                - Found with JFR on 2026-12-04 and fixed: the waiting attempts used to wait for the winner's whole
                  transaction (p95 733 -> 265 ms); a request-scoped problem-text bean with JAX-RS injection, created for
                  every request (a tenth of a refusal); `find` copying office and concern out of JPA's shared cache for
                  every booking (13 % of a refusal; now a read model); Jakarta Mail looking its `StreamProvider` up with a
                  `ServiceLoader` for every header and body part (mail-api#861, 15 % of the server's CPU while
                  confirmations are sent; now named as JVM option); and a warm-up too short for the winners' path:
                  after three storms with 20 winners, the JIT compiler threads took as much CPU as the requests during
                  the measured storm. Then five warm-up storms of 50 winners each, cancelled afterwards; ten since 2026-12-07.
                - Earlier (2026-12-03): the counsellor's day lock passed the about 16 winners of a day one after the
                  other (now a lock per counsellor and hour), a lock inside iCal4j's time-zone registry, a pool of
                  stateless `OfficeDirectory` instances, an EJB reference per request in the booking resource.
                - On the group, a relayed "booked out" mark failed on the other instance until 2026-12-03 (decision 0017),
                  so its attempts all went to the database.
                """;
    }
}

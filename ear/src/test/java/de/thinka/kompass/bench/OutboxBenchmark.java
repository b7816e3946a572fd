package de.thinka.kompass.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * 1,000 handover invitations through the mail outbox to a local SMTP server (the demo's GreenMail on 3025):
 * how long until all have arrived, none lost, none twice. Against the running demo (`./mvnw -Pdemo verify`).
 * <p>
 * How: as ADMIN it adds a contact person with an address only this run uses to the demo partner
 * "jobcenter-ilm-kreis"; then {@code bench.clients} (8) threads create {@code bench.handovers} (1,000)
 * handovers as beratung-arnstadt through {@code POST /api/handovers}, each one an invitation to that contact
 * (plus the counsellor's copy: 2,000 mails in all go through the outbox). The clock starts before the first
 * POST and stops when the mail catcher's API ({@code bench.mail.api}, GreenMail's
 * IMAP inbox size, polled every 100 ms) holds as many mails for the address as handovers were created.
 * Lost = created minus distinct handover numbers received; duplicated = received minus distinct numbers
 * (each mail's subject names its handover number). Gives up after {@code bench.timeout} (PT3M).
 */
public final class OutboxBenchmark {

    private static final Logger LOG = Logger.getLogger(OutboxBenchmark.class.getName());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final double TARGET_SECONDS = 30;

    private final String base;
    private final String mailApi;
    private final HttpClient counsellor = client();
    private final HttpClient admin = client();
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private OutboxBenchmark(String base, String mailApi) {
        this.base = base;
        this.mailApi = mailApi;
    }

    public static void main(String[] args) {
        BenchmarkReport.runAndExit(() -> new OutboxBenchmark(System.getProperty("bench.url", "http://localhost:8080"),
                System.getProperty("bench.mail.api", "http://127.0.0.1:18025")).measure());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
    }

    private void measure() throws Exception {
        int handovers = Integer.getInteger("bench.handovers", 1000);
        int clients = Integer.getInteger("bench.clients", 8);
        Duration timeout = Duration.parse(System.getProperty("bench.timeout", "PT3M"));
        String address = "outbox-bench-" + UUID.randomUUID().toString().substring(0, 8) + "@outbox.bench";
        long contact = addContact(address);

        long started = System.nanoTime();
        List<Future<Boolean>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ZonedDateTime first = ZonedDateTime.now(BERLIN).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(8);
        for (int i = 0; i < handovers; i++) {
            String start = first.plusMinutes(10L * i).toOffsetDateTime().toString();
            results.add(pool.submit(() -> create(contact, start)));
        }
        int created = 0;
        for (Future<Boolean> result : results) {
            created += result.get() ? 1 : 0;
        }
        pool.shutdown();
        long enqueued = System.nanoTime();

        long deadline = started + timeout.toNanos();
        long delivered = awaitCount(address, created, deadline);
        Map<String, Integer> received = numbersReceived(address);
        int total = received.values().stream().mapToInt(Integer::intValue).sum();
        int distinct = received.size();
        int lost = created - distinct;
        int duplicated = total - distinct;
        double seconds = (delivered - started) / 1e9;
        String verdict = lost == 0 && duplicated == 0 && created == handovers && seconds <= TARGET_SECONDS
                ? "met" : "**missed**";
        String markdown = "## Mail outbox: " + handovers + " handover invitations\n\n"
                + "Run " + ZonedDateTime.now(BERLIN).truncatedTo(ChronoUnit.SECONDS) + " on " + BenchmarkReport.machine() + ".\n"
                + clients + " clients create handovers through `POST /api/handovers` (each an invitation to one partner"
                + " contact plus the counsellor's copy, so " + 2 * created + " mails pass the outbox) to the demo's local"
                + " SMTP server (GreenMail).\n\n"
                + "| measure | value |\n|---|---|\n"
                + "| handovers created (201) | " + created + " of " + handovers + " |\n"
                + String.format("| all created after | %.1f s |%n", (enqueued - started) / 1e9)
                + String.format("| all partner invitations delivered after | %.1f s |%n", seconds)
                + "| lost | " + lost + " |\n"
                + "| duplicated | " + duplicated + " |\n\n"
                + "Target: all delivered within " + (int) TARGET_SECONDS + " s, none lost, none duplicated: " + verdict + ".\n";
        BenchmarkReport.writeSection(Path.of("docs/benchmarks.md"), "outbox", markdown);
        LOG.info(markdown);
    }

    private long addContact(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = admin.send(post("/api/partners/jobcenter-ilm-kreis/contacts", "admin",
                Json.createObjectBuilder().add("name", "Benchmark Postausgang").add("email", address).build().toString()),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("contact not created: " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).asJsonObject().getJsonNumber("id").longValue();
    }

    private boolean create(long contact, String start) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("partnerContactId", contact).add("start", start)
                .add("durationMinutes", 45).add("office", "arnstadt")
                .add("consent", Json.createObjectBuilder().add("name", false)).build().toString();
        HttpResponse<String> response = counsellor.send(post("/api/handovers", "beratung-arnstadt", body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            LOG.warning(() -> "handover refused: " + response.statusCode() + " " + response.body());
        }
        return response.statusCode() == 201;
    }

    /**
     * Polls the contact's inbox size over IMAP (cheap, unlike reading every mail through the API) every 100 ms
     * until it holds {@code expected} mails or the deadline passes; returns when that was.
     */
    private long awaitCount(String address, int expected, long deadline) throws MessagingException, InterruptedException {
        Properties imap = new Properties();
        imap.setProperty("mail.imap.host", "127.0.0.1");
        imap.setProperty("mail.imap.port", System.getProperty("bench.mail.imap", "3143"));
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect(address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            while (System.nanoTime() < deadline) {
                if (inbox.getMessageCount() >= expected) {
                    return System.nanoTime();
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            return System.nanoTime();
        } finally {
            store.close();
        }
    }

    /** Handover number → mails received with it, from the subjects ("Termin – Übergabe H-2026-0042"). */
    private Map<String, Integer> numbersReceived(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = plain.send(HttpRequest.newBuilder(URI.create(mailApi + "/api/user/"
                        + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> numbers = new HashMap<>();
        if (response.statusCode() != 200) {
            return numbers;
        }
        JsonArray messages = read(response.body()).asJsonArray();
        for (JsonValue message : messages) {
            String subject = message.asJsonObject().getString("subject", "");
            String number = subject.replaceAll(".*(H-\\d{4}-\\d+).*", "$1");
            numbers.merge(number, 1, Integer::sum);
        }
        return numbers;
    }

    private HttpRequest post(String path, String user, String json) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static JsonValue read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}

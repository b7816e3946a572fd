package de.thinka.kompass.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * 1,000 handover invitations through the mail outbox to a local SMTP server (the demo's GreenMail):
 * how long until all have arrived, none lost, none twice.
 * <p>
 * How: as ADMIN it adds a contact person with an address only this run uses to the demo partner
 * "jobcenter-ilm-kreis"; then {@code bench.outbox.clients} (8) threads create {@code bench.handovers} (1,000)
 * handovers as beratung-arnstadt through {@code POST /api/handovers}, each one an invitation to that contact
 * (plus the counsellor's copy: 2,000 mails in all go through the outbox). The clock starts before the first
 * POST and stops when the mail catcher's API ({@code bench.mail.api}, GreenMail's
 * IMAP inbox size, polled every 100 ms) holds as many mails for the address as handovers were created.
 * Lost = created minus distinct handover numbers received; duplicated = received minus distinct numbers
 * (each mail's subject names its handover number). Gives up after {@code bench.timeout} (PT3M).
 */
final class OutboxBenchmark implements Benchmark {

    private static final Logger LOG = Logger.getLogger(OutboxBenchmark.class.getName());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final double TARGET_SECONDS = 30;

    private Http counsellor;
    private Http admin;
    private String mailApi;
    private int imapPort;

    @Override
    public String id() {
        return "outbox";
    }

    @Override
    public String title() {
        return "Mail outbox";
    }

    @Override
    public Outcome run(Context context) throws Exception {
        BenchConfig config = context.config();
        counsellor = Http.staff(config.first(), "beratung-arnstadt");
        admin = Http.staff(config.first(), "admin");
        mailApi = config.mailApi();
        imapPort = config.mailImapPort();
        int handovers = Integer.getInteger("bench.handovers", 1000);
        int clients = Integer.getInteger("bench.outbox.clients", 8);
        Duration timeout = Duration.parse(System.getProperty("bench.timeout", "PT3M"));
        String address = "outbox-bench-" + UUID.randomUUID().toString().substring(0, 8) + "@outbox.bench";
        long contact = addContact(address);

        context.load().phase("outbox");
        long started = System.nanoTime();
        ZonedDateTime first = ZonedDateTime.now(BERLIN).plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(8);
        int perClient = (handovers + clients - 1) / clients;
        Together.Results<Integer> results = Together.run(clients, c -> () -> {
            int created = 0;
            for (int i = c * perClient; i < Math.min(handovers, (c + 1) * perClient); i++) {
                created += create(contact, first.plusMinutes(10L * i).toOffsetDateTime().toString()) ? 1 : 0;
            }
            return created;
        });
        int created = results.values().stream().mapToInt(Integer::intValue).sum();
        long enqueued = System.nanoTime();

        long deadline = started + timeout.toNanos();
        long delivered = awaitCount(address, created, deadline);
        context.load().phase(null);
        Map<String, Integer> received = numbersReceived(address);
        int total = received.values().stream().mapToInt(Integer::intValue).sum();
        int distinct = received.size();
        int lost = created - distinct;
        int duplicated = total - distinct;
        double seconds = (delivered - started) / 1e9;
        Outcomes out = new Outcomes();
        out.details.append(clients + " clients create " + handovers + " handovers through `POST /api/handovers` as beratung-arnstadt"
                + " (each an invitation to one partner contact plus the counsellor's copy, so " + 2 * created + " mails pass the"
                + " outbox) to the local SMTP server (the demo's GreenMail); the clock stops when the contact's IMAP inbox holds"
                + " one mail per handover (polled every 100 ms). There is no ceiling for mail delivery.\n\n"
                + "| measure | value |\n|---|---|\n"
                + "| handovers created (201) | " + created + " of " + handovers + " |\n"
                + String.format(Locale.ROOT, "| all created after | %.1f s |%n", (enqueued - started) / 1e9)
                + String.format(Locale.ROOT, "| all partner invitations delivered after | %.1f s |%n", seconds)
                + String.format(Locale.ROOT, "| invitations per second | %.0f |%n", created / seconds)
                + "| lost | " + lost + " |\n"
                + "| duplicated | " + duplicated + " |\n\n"
                + "Target (issue 5): all delivered within " + (int) TARGET_SECONDS + " s, none lost, none duplicated.\n");
        out.row("outbox", String.format(Locale.ROOT, "outbox: %,d handover invitations delivered", handovers),
                String.format(Locale.ROOT, "after %.1f s (%.0f /s), lost %d, duplicated %d", seconds, created / seconds, lost, duplicated),
                "—", "—", Benchmark.verdict("within 30 s", seconds <= TARGET_SECONDS && created == handovers)
                        + "; " + out.check("none lost", lost == 0) + "; " + out.check("none duplicated", duplicated == 0));
        return out.outcome();
    }

    @Override
    public String explanation() {
        return """
                ### Where the time goes

                - Creating a handover writes it and its mails into the outbox in one transaction; after the commit a
                  delivery run starts (one at a time per server, besides the poll timer for retries) and takes due mails
                  in batches, each mail in its own transaction with one SMTP round trip. Delivery keeps pace with creation
                  when the "delivered after" time is close to "created after".
                """;
    }

    private long addContact(String address) {
        HttpResponse<String> response = admin.post("/api/partners/jobcenter-ilm-kreis/contacts",
                Json.createObjectBuilder().add("name", "Benchmark Postausgang").add("email", address).build().toString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("contact not created: " + response.statusCode() + " " + response.body());
        }
        return Http.json(response.body()).getJsonNumber("id").longValue();
    }

    private boolean create(long contact, String start) {
        String body = Json.createObjectBuilder().add("partnerContactId", contact).add("start", start)
                .add("durationMinutes", 45).add("office", "arnstadt")
                .add("consent", Json.createObjectBuilder().add("name", false)).build().toString();
        HttpResponse<String> response = counsellor.post("/api/handovers", body);
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
        imap.setProperty("mail.imap.port", String.valueOf(imapPort));
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
    private Map<String, Integer> numbersReceived(String address) {
        HttpResponse<String> response = Http.anonymous(mailApi).send(Http.anonymous(mailApi).request("/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX").GET().build());
        Map<String, Integer> numbers = new HashMap<>();
        if (response.statusCode() != 200) {
            return numbers;
        }
        JsonArray messages = Http.read(response.body()).asJsonArray();
        for (JsonValue message : messages) {
            String subject = message.asJsonObject().getString("subject", "");
            String number = subject.replaceAll(".*(H-\\d{4}-\\d+).*", "$1");
            numbers.merge(number, 1, Integer::sum);
        }
        return numbers;
    }
}

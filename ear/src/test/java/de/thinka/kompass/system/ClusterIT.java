package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KOMPASS on a Payara deployment group of two instances sharing one PostgreSQL, with nginx in front (started by
 * the build's cluster phase, see ear/pom.xml and docs/operations.md "Cluster"): live changes made through either
 * instance reach display clients on both, in order and without gaps; background work (reminders, outbox) runs once
 * across the cluster; and after a kill -9 of the instance that runs the jobs, the displays resynchronise with
 * {@code since}, nothing that was answered with success is lost or doubled, and the other instance takes over.
 * The methods run in order: the last one kills an instance and starts it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ClusterIT.class.getName());

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String OFFICE = "arnstadt";
    static final String DISPLAY = "/ws/offices/" + OFFICE + "/display";
    /** name=url of every instance, directly (not through the load balancer, which is {@link Kompass#BASE_URL}) */
    static final Map<String, String> INSTANCES = instances(System.getProperty("kompass.it.cluster.instances",
            "i1=http://127.0.0.1:30180,i2=http://127.0.0.1:30280"));
    static final Path PAYARA_HOME = Path.of(System.getProperty("kompass.it.cluster.payaraHome", "target/payara6"));
    static final Path NODE = PAYARA_HOME.resolve("glassfish").resolve("nodes")
            .resolve("localhost-" + System.getProperty("kompass.it.cluster.domain", "kompass-cluster"));
    static final String ADMIN_PORT = System.getProperty("kompass.it.cluster.adminPort", "30048");
    static final Pattern LEADER = Pattern.compile("(?m)^kompass_jobs_leader(?:\\{[^}]*})? (\\S+)$");
    static final Pattern FAILED_EVENTS = Pattern.compile("(?m)^kompass_cluster_events_failed(?:\\{[^}]*})? (\\S+)$");

    static final List<Display> OPEN = Collections.synchronizedList(new ArrayList<>());

    static Map<String, String> instances(String spec) {
        Map<String, String> instances = new LinkedHashMap<>();
        for (String instance : spec.split(",")) {
            instances.put(instance.substring(0, instance.indexOf('=')), instance.substring(instance.indexOf('=') + 1));
        }
        return instances;
    }

    @BeforeAll
    static void clusterAndMailboxReady() {
        INSTANCES.values().forEach(url -> Kompass.awaitReady(url, Duration.ofMinutes(5)));
        Kompass.awaitReady(Duration.ofMinutes(1));
        Mailbox.open();
    }

    @AfterAll
    static void closeDisplays() {
        OPEN.forEach(Display::close);
    }

    static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }

    static String number(JsonObject event) {
        return event.containsKey("ticket") ? event.getJsonObject("ticket").getString("number", "") : "";
    }

    static void await(String what, Duration deadline, BooleanSupplier done) {
        Instant end = Instant.now().plus(deadline);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + ": not within " + deadline);
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    /** The jobs leader metric of one instance: 1 when it runs the background jobs, 0 otherwise, -1 without answer. */
    static int leaderMetric(String url) {
        try {
            HttpResponse<String> metrics = Kompass.anonymous().at(url).get("/metrics");
            Matcher sample = LEADER.matcher(metrics.body());
            return metrics.statusCode() == 200 && sample.find() ? (int) Double.parseDouble(sample.group(1)) : -1;
        } catch (IllegalStateException noAnswer) {
            return -1;
        }
    }

    /** Waits until exactly one of the instances (all of them, or those named) reports itself the leader. */
    static String awaitLeader(List<String> among) {
        String[] leader = new String[1];
        Map<String, Integer> last = new LinkedHashMap<>();
        try {
            await("exactly one jobs leader among " + among, DEADLINE, () -> {
                among.forEach(name -> last.put(name, leaderMetric(INSTANCES.get(name))));
                List<String> leaders = among.stream().filter(name -> last.get(name) == 1).toList();
                leader[0] = leaders.size() == 1 && among.stream().allMatch(name -> last.get(name) >= 0) ? leaders.get(0) : null;
                return leader[0] != null;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; kompass_jobs_leader per instance: " + last, e);
        }
        return leader[0];
    }

    /** The office's current seq, from a snapshot of a new display connection. */
    static long currentSeq(String url) {
        try (LiveClient probe = LiveClient.connectTo(url, DISPLAY, null)) {
            JsonObject snapshot = probe.next(Duration.ofSeconds(30));
            assertEquals("snapshot", snapshot.getString("type"));
            return seq(snapshot);
        }
    }

    /**
     * A display (anonymous live stream of the office) that remembers every change it got and, when its connection
     * breaks, reconnects with {@code since} as the display page does.
     */
    static final class Display implements AutoCloseable {
        final String name;
        final long start;
        final List<JsonObject> changes = new ArrayList<>();
        final List<String> reconnects = new ArrayList<>();
        final List<Long> snapshotsAfterStart = new ArrayList<>();
        private LiveClient client;
        private long last;

        Display(String name, String url) {
            this.name = name;
            client = LiveClient.connectTo(url, DISPLAY, null);
            JsonObject snapshot = client.next(Duration.ofSeconds(30));
            assertEquals("snapshot", snapshot.getString("type"), name);
            start = last = seq(snapshot);
            OPEN.add(this);
        }

        /** Takes what has arrived; after a broken connection, reconnects (with since) to the url. */
        synchronized void pump(String reconnectUrl) {
            for (JsonObject message = poll(); message != null; message = poll()) {
                if (message.getString("type").equals("snapshot")) {
                    // a display would have to start over: with since, the server must send the missed changes
                    snapshotsAfterStart.add(seq(message));
                } else {
                    changes.add(message);
                }
                last = Math.max(last, seq(message));
            }
            if (client == null || client.isClosed()) {
                if (client != null) {
                    client.close();
                    client = null;
                }
                try {
                    client = LiveClient.connectTo(reconnectUrl, DISPLAY + "?since=" + last, null);
                    reconnects.add(reconnectUrl + "?since=" + last);
                } catch (CompletionException notYet) {
                    // the next pump tries again
                }
            }
        }

        private JsonObject poll() {
            return client == null ? null : client.poll(Duration.ZERO);
        }

        synchronized long last() {
            return last;
        }

        void awaitSeq(long end, String reconnectUrl) {
            try {
                await(name + " reaches seq " + end, DEADLINE, () -> {
                    pump(reconnectUrl);
                    return last() >= end;
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": " + this, e);
            }
        }

        /** Every seq from the first snapshot's to end exactly once, in order, and no restart from a snapshot. */
        synchronized void assertEveryChangeOnceInOrder(long end) {
            List<Long> seqs = changes.stream().map(ClusterIT::seq).toList();
            List<Long> expected = new ArrayList<>();
            for (long s = start + 1; s <= end; s++) {
                expected.add(s);
            }
            assertEquals(expected, seqs.stream().filter(s -> s <= end).toList(), name + " got every change once, in order: " + this);
            assertEquals(List.of(), snapshotsAfterStart, name + " never had to start over from a snapshot: " + this);
        }

        synchronized List<String> issuedNumbers() {
            return changes.stream().filter(change -> change.getString("type").equals("ticket-issued")).map(ClusterIT::number).toList();
        }

        @Override
        public synchronized String toString() {
            return name + " from seq " + start + ", got " + changes.stream().map(c -> seq(c) + ":" + c.getString("type"))
                    .collect(Collectors.joining(",")) + (snapshotsAfterStart.isEmpty() ? "" : ", snapshots at " + snapshotsAfterStart)
                    + (reconnects.isEmpty() ? "" : ", reconnected " + reconnects);
        }

        @Override
        public synchronized void close() {
            if (client != null) {
                client.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyChangeThroughEitherInstanceReachesEveryDisplayInOrder() {
        List<String> names = List.copyOf(INSTANCES.keySet());
        List<Display> displays = new ArrayList<>();
        for (String name : names) {
            displays.add(new Display(name + "-display-a", INSTANCES.get(name)));
            displays.add(new Display(name + "-display-b", INSTANCES.get(name)));
        }
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String through = INSTANCES.get(names.get(i % names.size()));
            issued.add(QueueIT.issue(Kompass.as("empfang-arnstadt").at(through), OFFICE, "{}").getString("number"));
            if (i % 3 == 2) {
                String other = INSTANCES.get(names.get((i + 1) % names.size()));
                int status = Kompass.as("beratung-arnstadt").at(other).post("/api/offices/" + OFFICE + "/desks/raum-2/call-next", "").statusCode();
                assertTrue(status == 200 || status == 204, "call-next answered " + status);
            }
        }
        long end = names.stream().mapToLong(name -> currentSeq(INSTANCES.get(name))).max().orElseThrow();
        for (Display display : displays) {
            display.awaitSeq(end, INSTANCES.get(display.name.substring(0, display.name.indexOf('-'))));
        }
        for (Display display : displays) {
            display.assertEveryChangeOnceInOrder(end);
            assertTrue(display.issuedNumbers().containsAll(issued), display.name + " saw every issued ticket: " + issued + " " + display);
        }
        List<String> reference = displays.get(0).changes.stream().map(Object::toString).toList();
        for (Display display : displays) {
            assertEquals(reference, display.changes.stream().map(Object::toString).toList(),
                    display.name + " got the same changes as " + displays.get(0).name);
            display.close();
        }
    }

    static Predicate<MimeMessage> subjectStarting(String start) {
        return message -> Mailbox.subject(message).startsWith(start);
    }

    static final String CONFIRMATION = "Ihr Termin bei KOMPASS";
    static final String REMINDER = "Erinnerung an Ihren Termin";

    record Booked(Citizen citizen, String reference, String day) {
    }

    /** An online booking (with e-mail) through the given address; null when no answer or no success. */
    static Booked book(String url) {
        Citizen citizen = new Citizen(url);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                JsonObject slot = Citizen.someSlot(OFFICE, "motivation", 0);
                HttpResponse<String> booked = citizen.book(citizen.booking(OFFICE, "motivation", slot.getString("start")));
                if (booked.statusCode() == 201) {
                    return new Booked(citizen, Kompass.object(booked).getString("reference"), slot.getString("start").substring(0, 10));
                }
                if (booked.statusCode() != 409) {
                    return null;
                }
            } catch (IllegalStateException | AssertionError noAnswer) {
                return null;
            }
        }
        return null;
    }

    static long mailsTo(String address, String subject) {
        return Mailbox.messagesTo(address).stream().filter(subjectStarting(subject)).count();
    }

    /** Each booking got its confirmation and its reminder, each exactly once, also after the jobs ran again. */
    static void assertMailsOnce(List<Booked> bookings) {
        for (Booked booked : bookings) {
            Mailbox.awaitMessagesTo(booked.citizen().email, subjectStarting(CONFIRMATION), 1, DEADLINE);
            Mailbox.awaitMessagesTo(booked.citizen().email, subjectStarting(REMINDER), 1, DEADLINE);
        }
        // a later booking's reminder proves that the reminder job and the outbox ran again since
        Booked later = book(Kompass.BASE_URL);
        assertTrue(later != null, "a booking through the load balancer");
        Mailbox.awaitMessagesTo(later.citizen().email, subjectStarting(REMINDER), 1, DEADLINE);
        for (Booked booked : bookings) {
            assertEquals(1, mailsTo(booked.citizen().email, CONFIRMATION), "exactly one confirmation for " + booked.reference());
            assertEquals(1, mailsTo(booked.citizen().email, REMINDER), "exactly one reminder for " + booked.reference());
        }
    }

    @Test
    @Order(2)
    void backgroundWorkRunsOnceAcrossTheCluster() {
        String leader = awaitLeader(List.copyOf(INSTANCES.keySet()));
        List<Booked> bookings = new ArrayList<>();
        List<String> urls = new ArrayList<>(INSTANCES.values());
        urls.add(Kompass.BASE_URL);
        for (String url : urls) {
            Booked booked = book(url);
            assertTrue(booked != null, "a booking through " + url);
            bookings.add(booked);
        }
        assertMailsOnce(bookings);
        assertEquals(leader, awaitLeader(List.copyOf(INSTANCES.keySet())), "the leader stays while it lives");
    }

    /** Calls, bookings and handovers that keep coming while an instance dies; remembers what was answered with success. */
    static final class Traffic implements Runnable {
        final List<String> urls;
        final AtomicBoolean stop = new AtomicBoolean();
        final ConcurrentLinkedQueue<JsonObject> tickets = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Booked> bookings = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Handover> handovers = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final String partner;
        final Map<String, Kompass> receptions = new LinkedHashMap<>();
        final Map<String, Kompass> counsellors = new LinkedHashMap<>();
        final Map<String, Kompass> admins = new LinkedHashMap<>();

        record Handover(long id, String contactEmail) {
        }

        Traffic(List<String> urls, String partner) {
            this.urls = urls;
            this.partner = partner;
            for (String url : urls) {
                receptions.put(url, Kompass.as("empfang-arnstadt").at(url));
                counsellors.put(url, Kompass.as("beratung-arnstadt").at(url));
                admins.put(url, Kompass.as("admin").at(url));
            }
        }

        @Override
        public void run() {
            for (int round = 0; !stop.get(); round++) {
                String url = urls.get(round % urls.size());
                try {
                    HttpResponse<String> issued = receptions.get(url).post("/api/offices/" + OFFICE + "/tickets", "{}");
                    if (issued.statusCode() == 201) {
                        tickets.add(Kompass.object(issued));
                    } else {
                        failures.add("issue " + issued.statusCode());
                    }
                    if (round % 2 == 1) {
                        counsellors.get(url).post("/api/offices/" + OFFICE + "/desks/raum-3/call-next", "");
                    }
                    if (round % 3 == 0) {
                        Booked booked = book(url);
                        if (booked != null) {
                            bookings.add(booked);
                        }
                    }
                    if (round % 4 == 0) {
                        handover(url);
                    }
                } catch (IllegalStateException noAnswer) {
                    failures.add(noAnswer.getMessage());
                }
            }
        }

        private void handover(String url) {
            String email = "partner-" + UUID.randomUUID() + "@partner.test";
            Kompass admin = admins.get(url);
            HttpResponse<String> contact = admin.post("/api/partners/" + partner + "/contacts",
                    Json.createObjectBuilder().add("name", "Frau Jana Köhler").add("email", email).build().toString());
            if (contact.statusCode() != 201) {
                failures.add("contact " + contact.statusCode());
                return;
            }
            HttpResponse<String> created = counsellors.get(url).post("/api/handovers",
                    HandoverIT.handover(new HandoverIT.Contact(Kompass.object(contact).getJsonNumber("id").longValue(), email),
                            HandoverIT.consent(true, false, false, false, false)).build().toString());
            if (created.statusCode() == 201) {
                handovers.add(new Handover(Kompass.object(created).getJsonNumber("id").longValue(), email));
            } else {
                failures.add("handover " + created.statusCode());
            }
        }
    }

    static long pid(String instance) throws IOException {
        return Long.parseLong(Files.readString(NODE.resolve(instance).resolve("config").resolve("pid")).strip());
    }

    @Test
    @Order(3)
    void killingTheLeaderLosesAndDoublesNothing() throws Exception {
        String leader = awaitLeader(List.copyOf(INSTANCES.keySet()));
        String survivor = INSTANCES.keySet().stream().filter(name -> !name.equals(leader)).findFirst().orElseThrow();
        String leaderUrl = INSTANCES.get(leader);
        String survivorUrl = INSTANCES.get(survivor);
        String balancer = Kompass.BASE_URL;

        String partner = "it-cluster-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Kompass.as("admin").at(survivorUrl).post("/api/partners", Json.createObjectBuilder()
                .add("id", partner).add("name", "Schuldnerberatung Cluster").add("type", "DEBT_COUNSELLING")
                .add("street", "Straße des Friedens 1").add("postalCode", "99310").add("city", "Arnstadt")
                .add("offices", Json.createArrayBuilder().add(OFFICE)).build().toString());
        assertEquals(201, created.statusCode(), created.body());

        List<Display> displays = List.of(new Display("on-leader-a", leaderUrl), new Display("on-leader-b", leaderUrl),
                new Display("on-survivor", survivorUrl), new Display("through-balancer", balancer));
        // also straight to the leader: requests are under way when it dies, and refused afterwards (counted, not kept)
        Traffic traffic = new Traffic(List.of(survivorUrl, balancer, leaderUrl), partner);
        Thread worker = new Thread(traffic, "cluster-traffic");
        worker.start();
        try {
            await("traffic before the kill", DEADLINE, () -> {
                displays.forEach(display -> display.pump(balancer));
                return traffic.tickets.size() >= 4 && !traffic.bookings.isEmpty() && !traffic.handovers.isEmpty();
            });

            long pid = pid(leader);
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -9 " + pid);
            await("the leader's process is gone", DEADLINE, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
            int ticketsAtKill = traffic.tickets.size();
            int bookingsAtKill = traffic.bookings.size();
            int handoversAtKill = traffic.handovers.size();

            // the displays on the dead instance reconnect through the load balancer with since
            await("the survivor takes over the jobs and traffic goes on", DEADLINE, () -> {
                displays.forEach(display -> display.pump(balancer));
                return leaderMetric(survivorUrl) == 1 && traffic.tickets.size() >= ticketsAtKill + 6
                        && traffic.bookings.size() > bookingsAtKill && traffic.handovers.size() > handoversAtKill;
            });
            List<Booked> bookedAfterKill = List.copyOf(traffic.bookings).subList(bookingsAtKill, traffic.bookings.size());
            traffic.stop.set(true);
            worker.join(DEADLINE.toMillis());

            long end = currentSeq(survivorUrl);
            for (Display display : displays) {
                display.awaitSeq(end, balancer);
            }
            for (Display display : displays) {
                display.assertEveryChangeOnceInOrder(end);
            }
            assertTrue(displays.get(0).reconnects.size() >= 1, "the display on the killed instance reconnected: " + displays.get(0));

            // every ticket answered with success exists once: one ticket-issued change each, and distinct ids
            List<String> issued = displays.get(2).issuedNumbers();
            for (JsonObject ticket : traffic.tickets) {
                assertEquals(1, issued.stream().filter(ticket.getString("number")::equals).count(),
                        "ticket " + ticket.getString("number") + " issued exactly once: " + displays.get(2));
            }
            assertEquals(traffic.tickets.size(), traffic.tickets.stream().map(t -> t.getJsonNumber("id").longValue()).distinct().count());

            // every booking answered with success exists once; every handover exists
            Kompass reception = Kompass.as("empfang-arnstadt").at(survivorUrl);
            for (Booked booked : traffic.bookings) {
                HttpResponse<String> day = reception.get("/api/offices/" + OFFICE + "/appointments?from=" + booked.day() + "&to=" + booked.day());
                assertEquals(200, day.statusCode(), day.body());
                assertEquals(1, Kompass.array(day).stream().filter(a -> booked.reference().equals(a.asJsonObject().getString("reference", null))).count(),
                        "booking " + booked.reference() + " exists exactly once");
            }
            for (Traffic.Handover handover : traffic.handovers) {
                assertEquals(200, Kompass.as("beratung-arnstadt").at(survivorUrl).get("/api/handovers/" + handover.id()).statusCode());
            }

            // each outbox mail arrives exactly once; the reminders of bookings after the kill come from the new leader
            assertTrue(!bookedAfterKill.isEmpty(), "bookings after the kill");
            assertMailsOnce(List.copyOf(traffic.bookings));
            for (Traffic.Handover handover : traffic.handovers) {
                Mailbox.awaitMessagesTo(handover.contactEmail(), 1, DEADLINE);
            }
            for (Traffic.Handover handover : traffic.handovers) {
                assertEquals(1, Mailbox.messagesTo(handover.contactEmail()).size(), "exactly one invitation for handover " + handover.id());
            }
            assertEquals(survivor, awaitLeader(List.of(survivor)));
            LOG.info(String.format("%s killed; through %s and the balancer %d tickets, %d bookings, %d handovers answered"
                    + " with success, %d without; displays reconnected: %s", leader, survivor, traffic.tickets.size(),
                    traffic.bookings.size(), traffic.handovers.size(), traffic.failures.size(),
                    displays.stream().map(d -> d.name + " " + d.reconnects).toList()));

            // the killed instance comes back, follows the live changes again and leaves the jobs to the leader
            Instant restart = Instant.now();
            Process start = new ProcessBuilder(PAYARA_HOME.resolve("bin").resolve("asadmin").toString(), "--interactive=false",
                    "--port", ADMIN_PORT, "start-instance", leader).inheritIO().start();
            assertTrue(start.waitFor(5, TimeUnit.MINUTES), "start-instance " + leader + " within 5 minutes");
            assertEquals(0, start.exitValue(), "start-instance " + leader);
            Kompass.awaitReady(leaderUrl, Duration.ofMinutes(5));
            LOG.info(leader + " ready again after " + Duration.between(restart, Instant.now()));
            try (Display back = new Display("restarted", leaderUrl)) {
                String number = QueueIT.issue(Kompass.as("empfang-arnstadt").at(survivorUrl), OFFICE, "{}").getString("number");
                back.awaitSeq(back.start + 1, leaderUrl);
                assertEquals(List.of(number), back.issuedNumbers(), "the restarted instance's display: " + back);
            }
            assertEquals(survivor, awaitLeader(List.copyOf(INSTANCES.keySet())), "the leader stays the leader");
        } finally {
            traffic.stop.set(true);
            worker.join(DEADLINE.toMillis());
            displays.forEach(Display::close);
        }
    }

    /**
     * What one instance served or cached is understood by the other at once: a citizen's form (its token must
     * be checkable by every instance), the planning data (a closure day made through one instance must drop the
     * other's cache at once, not after its minute of maximum age) and the offices (a new room). And no event of
     * one instance failed on the other during the whole test (the relay counts them).
     */
    @Test
    @Order(4)
    void formsAndCachesAreSharedByTheInstances() {
        List<String> urls = List.copyOf(INSTANCES.values());
        String first = urls.get(0);
        String second = urls.get(1);
        Citizen here = new Citizen(first);
        HttpResponse<String> booked = here.book(here.booking("ilmenau", "motivation",
                Citizen.someSlot("ilmenau", "motivation", 0).getString("start")));
        assertEquals(201, booked.statusCode(), booked.body());
        String manage = Kompass.object(booked).getString("manageToken");
        String formToken = Kompass.formToken(here.get("/b/" + manage + "?absagen"));
        HttpResponse<String> cancelled = new Citizen(second).post("/termin/absagen",
                "token=" + manage + "&csrf=" + formToken, "Content-Type", "application/x-www-form-urlencoded",
                "Origin", second, "Sec-Fetch-Site", "same-origin");
        assertEquals(303, cancelled.statusCode(), "a form served by " + first + " is accepted by " + second);
        assertEquals("CANCELLED", Kompass.object(here.get("/api/bookings/" + manage)).getString("state"));

        Kompass anonymousThere = Kompass.anonymous().at(second);
        List<String> days = slotDays(anonymousThere);
        String day = days.get(days.size() - 1);
        HttpResponse<String> closed = Kompass.as("admin").at(first).post("/api/offices/ilmenau/availability/closures",
                Json.createObjectBuilder().add("day", day).add("reason", "Betriebsausflug").build().toString());
        assertEquals(201, closed.statusCode(), closed.body());
        await("the closure made through " + first + " counts at once on " + second, Duration.ofSeconds(10),
                () -> !slotDays(anonymousThere).contains(day));

        String desk = "Cluster-Raum " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, anonymousThere.get("/api/offices/ilmenau").statusCode(), "the office is in " + second + "'s cache");
        assertEquals(303, Kompass.as("admin").at(first).form("/intern/admin/anlaufstellen-aktion", "aktion", "raum-neu",
                "office", "ilmenau", "deskName", desk).statusCode());
        await("the room added through " + first + " is shown at once by " + second, Duration.ofSeconds(10),
                () -> anonymousThere.get("/api/offices/ilmenau").body().contains(desk));

        for (String url : urls) {
            HttpResponse<String> metrics = Kompass.anonymous().at(url).get("/metrics");
            Matcher failed = FAILED_EVENTS.matcher(metrics.body());
            assertTrue(failed.find(), "metric kompass_cluster_events_failed on " + url);
            assertEquals(0, Double.parseDouble(failed.group(1)), "every event of the other instance was applied on " + url);
        }
    }

    private static List<String> slotDays(Kompass http) {
        HttpResponse<String> response = http.get("/api/offices/ilmenau/slots?concern=motivation");
        assertEquals(200, response.statusCode(), response.body());
        return Kompass.object(response).getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .map(slot -> slot.getString("start").substring(0, 10)).distinct().toList();
    }
}

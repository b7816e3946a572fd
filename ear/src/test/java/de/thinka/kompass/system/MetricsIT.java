package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operations: the application metrics (/metrics?scope=application, Prometheus text) follow what happens in the
 * queue, the live connections and the bookings; readiness reports the outbox and the mail server.
 */
class MetricsIT {

    static final Duration DEADLINE = Duration.ofSeconds(20);
    static final Kompass RECEPTION = Kompass.as("empfang-ilmenau");
    static final Kompass COUNSELLOR = Kompass.as("beratung-ilmenau");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    /** The value of the first sample whose name and labels match, 0 when there is none yet. */
    static double metric(String name, String... labels) {
        HttpResponse<String> response = Kompass.anonymous().get("/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        Matcher sample = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(response.body());
        while (sample.find()) {
            String found = sample.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }

    static void await(String what, LongSupplier value, LongPredicate wanted) {
        Instant end = Instant.now().plus(DEADLINE);
        long last = value.getAsLong();
        while (!wanted.test(last)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + ": still " + last + " after " + DEADLINE);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            last = value.getAsLong();
        }
    }

    static long waitingInQueue() {
        return Kompass.object(RECEPTION.get("/api/offices/ilmenau/queue")).getJsonArray("tickets")
                .getValuesAs(JsonObject.class).stream().filter(t -> "WAITING".equals(t.getString("state"))).count();
    }

    static long issue() {
        HttpResponse<String> issued = RECEPTION.post("/api/offices/ilmenau/tickets", "{}");
        assertEquals(201, issued.statusCode(), issued.body());
        return Kompass.object(issued).getJsonNumber("id").longValue();
    }

    static void act(long ticket, String action, String body) {
        HttpResponse<String> done = COUNSELLOR.post("/api/tickets/" + ticket + "/" + action, body);
        assertEquals(200, done.statusCode(), action + ": " + done.body());
    }

    @Test
    void waitingVisitorsPerOfficeFollowTheQueue() {
        long first = issue();
        long second = issue();
        await("waiting in Ilmenau", () -> (long) metric("kompass_queue_waiting", "office=\"ilmenau\""),
                value -> value == waitingInQueue() && value >= 2);
        act(first, "leave", "");
        act(second, "leave", "");
        await("waiting in Ilmenau after two left", () -> (long) metric("kompass_queue_waiting", "office=\"ilmenau\""),
                value -> value == waitingInQueue());
    }

    @Test
    void waitingAndServiceTimesAreMeasuredWhenATalkEnds() {
        long waitsBefore = (long) metric("kompass_queue_wait_seconds_count", "office=\"ilmenau\"");
        long servicesBefore = (long) metric("kompass_queue_service_seconds_count", "office=\"ilmenau\"");
        long doneBefore = (long) metric("kompass_contacts_total", "office=\"ilmenau\"", "outcome=\"done\"");
        long ticket = issue();
        act(ticket, "call", "{\"desk\":\"raum-2\"}");
        act(ticket, "start", "");
        act(ticket, "finish", "");
        await("wait timer", () -> (long) metric("kompass_queue_wait_seconds_count", "office=\"ilmenau\""),
                value -> value == waitsBefore + 1);
        assertEquals(servicesBefore + 1, (long) metric("kompass_queue_service_seconds_count", "office=\"ilmenau\""));
        assertEquals(doneBefore + 1, (long) metric("kompass_contacts_total", "office=\"ilmenau\"", "outcome=\"done\""));
    }

    @Test
    void openLiveConnectionsAreCounted() {
        long open;
        try (LiveClient display = LiveClient.connect("/ws/offices/ilmenau/display")) {
            assertEquals("snapshot", display.next().getString("type"));
            await("live sessions", () -> (long) metric("kompass_live_sessions"), value -> value >= 1);
            open = (long) metric("kompass_live_sessions");
        }
        // connections of earlier tests may still be closing: the count only has to fall below what it was
        await("live sessions after closing", () -> (long) metric("kompass_live_sessions"), value -> value < open);
    }

    @Test
    void refusedBookingsAreCountedByReason() {
        String tooSoon = "reason=\"too-soon\"";
        long before = (long) metric("kompass_booking_rejections_total", tooSoon, "channel=\"online\"");
        String start = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES).toString();
        HttpResponse<String> refused = Kompass.anonymous().post("/api/bookings", "{\"office\":\"ilmenau\",\"concern\":"
                + "\"schulden\",\"start\":\"" + start + "\",\"name\":\"Test\"}", "X-Forwarded-For", "10.9.8.7");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(before + 1, (long) metric("kompass_booking_rejections_total", tooSoon, "channel=\"online\""));
    }

    @Test
    void readinessReportsTheOutboxAndTheMailServer() {
        Mailbox.open();
        await("mail server reachable", () -> (long) metric("kompass_mail_server_reachable"), value -> value == 1);
        HttpResponse<String> ready = Kompass.anonymous().get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject outbox = check(ready, "outbox");
        assertEquals("UP", outbox.getString("status"));
        assertTrue(outbox.getJsonObject("data").containsKey("pending"), outbox.toString());
        assertTrue(outbox.getJsonObject("data").containsKey("oldestDueSeconds"), outbox.toString());
        JsonObject mail = check(ready, "mail-server");
        assertEquals("UP", mail.getString("status"));
        assertEquals("true", mail.getJsonObject("data").get("reachable").toString().replace("\"", ""), mail.toString());
        assertTrue(Kompass.anonymous().get("/metrics?scope=application").body().contains("kompass_outbox_pending"));
    }

    static JsonObject check(HttpResponse<String> health, String name) {
        return Kompass.object(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + health.body()));
    }
}

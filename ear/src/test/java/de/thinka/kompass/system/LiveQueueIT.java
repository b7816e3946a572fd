package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live status over real WebSocket connections: snapshot, ordered events, since, privacy, refusals. */
class LiveQueueIT {

    static final Kompass RECEPTION = Kompass.as("empfang-arnstadt");
    static final Kompass COUNSELLOR = Kompass.as("beratung-arnstadt");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    private static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }

    @Test
    void displayGetsSnapshotThenEveryChangeInOrderAndNothingPersonal() {
        try (LiveClient display = LiveClient.connect("/ws/offices/arnstadt/display")) {
            JsonObject snapshot = display.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals("arnstadt", snapshot.getString("office"));
            long start = seq(snapshot);

            JsonObject issued = QueueIT.issue(RECEPTION, "arnstadt", "{\"pseudonym\":\"Zwergpudel\",\"concern\":\"schulden\"}");
            QueueIT.drain(COUNSELLOR, "arnstadt");

            JsonObject first = display.next();
            assertEquals("ticket-issued", first.getString("type"));
            assertEquals(start + 1, seq(first));
            assertEquals(issued.getString("number"), first.getJsonObject("ticket").getString("number"));
            JsonObject called = display.until(m -> m.getString("type").equals("ticket-called")
                    && m.getJsonObject("ticket").getString("number").equals(issued.getString("number")), Duration.ofSeconds(10));
            assertEquals("Raum 2", called.getJsonObject("ticket").getString("deskName"));

            List<String> raw = display.rawMessages();
            long previous = start;
            for (String text : raw.subList(1, raw.size())) {
                long s = Long.parseLong(text.replaceAll(".*\"seq\":(\\d+).*", "$1"));
                assertEquals(previous + 1, s, "seq grows by one: " + raw);
                previous = s;
            }
            assertTrue(raw.stream().noneMatch(m -> m.contains("Zwergpudel") || m.contains("schulden")
                    || m.contains("pseudonym") || m.contains("concern") || m.contains("token")), "display stream is anonymous: " + raw);
        }
    }

    /**
     * A waiting room's worth of displays connecting at once (as after a server restart) each get their snapshot,
     * stay open and get the next call. Before KOMPASS switched Tyrus' idle timer off, a rare new session was closed
     * as "idle" while its snapshot was on the way (MetricsIT's single display once waited for it in vain).
     */
    @Test
    void displaysConnectingAtOnceEachGetTheirSnapshotAndTheNextCall() {
        List<LiveClient> displays = LiveClient.connectAll("/ws/offices/arnstadt/display", 300);
        try {
            for (LiveClient display : displays) {
                assertEquals("snapshot", display.next(Duration.ofSeconds(30)).getString("type"));
            }
            JsonObject issued = QueueIT.issue(RECEPTION, "arnstadt", "{}");
            QueueIT.drain(COUNSELLOR, "arnstadt");
            for (LiveClient display : displays) {
                display.until(m -> m.getString("type").equals("ticket-called")
                        && m.getJsonObject("ticket").getString("number").equals(issued.getString("number")), Duration.ofSeconds(30));
                assertNull(display.closeReason(), "display stays connected");
            }
        } finally {
            displays.forEach(LiveClient::close);
        }
    }

    @Test
    void reconnectWithSinceGetsExactlyTheMissedEvents() {
        long last;
        try (LiveClient display = LiveClient.connect("/ws/offices/arnstadt/display")) {
            last = seq(display.next());
        }
        JsonObject a = QueueIT.issue(RECEPTION, "arnstadt", "{}");
        JsonObject b = QueueIT.issue(RECEPTION, "arnstadt", "{}");
        RECEPTION.post("/api/tickets/" + a.getJsonNumber("id") + "/leave", "");

        try (LiveClient display = LiveClient.connect("/ws/offices/arnstadt/display?since=" + last)) {
            JsonObject m1 = display.next();
            JsonObject m2 = display.next();
            JsonObject m3 = display.next();
            assertEquals(List.of("ticket-issued", "ticket-issued", "ticket-left"),
                    List.of(m1.getString("type"), m2.getString("type"), m3.getString("type")));
            assertEquals(List.of(last + 1, last + 2, last + 3), List.of(seq(m1), seq(m2), seq(m3)));
            assertEquals(b.getString("number"), m2.getJsonObject("ticket").getString("number"));
        }
        try (LiveClient display = LiveClient.connect("/ws/offices/arnstadt/display?since=999999999")) {
            assertEquals("snapshot", display.next().getString("type"), "an unknown since gets a fresh snapshot");
        }
    }

    @Test
    void staffStreamRefusesAnonymousAndOtherOffices() {
        Throwable anonymous = LiveClient.handshakeFailure("/ws/offices/arnstadt/queue", null);
        assertInstanceOf(WebSocketHandshakeException.class, anonymous);
        assertEquals(401, ((WebSocketHandshakeException) anonymous).getResponse().statusCode());
        Throwable otherOffice = LiveClient.handshakeFailure("/ws/offices/arnstadt/queue", "empfang-ilmenau");
        assertEquals(403, ((WebSocketHandshakeException) otherOffice).getResponse().statusCode());
        Throwable unknownOffice = LiveClient.handshakeFailure("/ws/offices/erfurt/display", null);
        assertEquals(404, ((WebSocketHandshakeException) unknownOffice).getResponse().statusCode());
        assertNull(LiveClient.handshakeFailure("/ws/offices/arnstadt/display", null));

        try (LiveClient staff = LiveClient.connect("/ws/offices/arnstadt/queue", "empfang-arnstadt")) {
            assertEquals("snapshot", staff.next().getString("type"));
            QueueIT.issue(RECEPTION, "arnstadt", "{\"pseudonym\":\"Carla\"}");
            JsonObject event = staff.next();
            assertEquals("ticket-issued", event.getString("type"));
            assertEquals("Carla", event.getJsonObject("ticket").getString("pseudonym"), "staff see the call name");
        }
    }

    @Test
    void theVisitorsOwnPageSeesTheCall() {
        QueueIT.drain(COUNSELLOR, "arnstadt");
        JsonObject issued = QueueIT.issue(RECEPTION, "arnstadt", "{\"pseudonym\":\"Dora\"}");
        try (LiveClient mine = LiveClient.connect("/ws/tickets/" + issued.getString("token"))) {
            JsonObject status = mine.next();
            assertEquals("status", status.getString("type"));
            assertEquals("WAITING", status.getJsonObject("ticket").getString("state"));
            assertEquals(1, status.getJsonObject("ticket").getInt("position"));

            HttpResponse<String> called = COUNSELLOR.post("/api/offices/arnstadt/desks/raum-3/call-next", "");
            assertEquals(200, called.statusCode());
            JsonObject update = mine.until(m -> m.getJsonObject("ticket").getString("state").equals("CALLED"), Duration.ofSeconds(5));
            assertEquals("Raum 3", update.getJsonObject("ticket").getString("deskName"));
            assertFalse(mine.rawMessages().stream().anyMatch(m -> m.contains("Dora")));
        }
        Throwable unknown = LiveClient.handshakeFailure("/ws/tickets/" + "B".repeat(32), null);
        assertEquals(404, ((WebSocketHandshakeException) unknown).getResponse().statusCode());
    }

    @Test
    void parallelCallNextNeverCallsTheSameTicketTwice() throws Exception {
        QueueIT.drain(COUNSELLOR, "arnstadt");
        for (int i = 0; i < 25; i++) {
            QueueIT.issue(RECEPTION, "arnstadt", "{}");
        }
        int desks = 20;
        List<Kompass> clients = new ArrayList<>();
        for (int i = 0; i < desks; i++) {
            Kompass client = Kompass.as(i % 2 == 0 ? "beratung-arnstadt" : "empfang-arnstadt");
            assertEquals(200, client.get("/api/me").statusCode());
            clients.add(client);
        }
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                Kompass client = clients.get(i);
                String desk = "raum-" + (i % 3 + 1);
                calls.add(() -> client.post("/api/offices/arnstadt/desks/" + desk + "/call-next", ""));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> result : pool.invokeAll(calls)) {
                HttpResponse<String> response = result.get();
                assertEquals(200, response.statusCode(), response.body());
                numbers.add(Kompass.object(response).getString("number"));
            }
            assertEquals(desks, numbers.size(), "every desk got a different visitor: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }
}

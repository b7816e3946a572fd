package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The walk-in queue over REST: issue, call next, act, public status; roles and offices. */
class QueueIT {

    static final Kompass RECEPTION = Kompass.as("empfang-ilmenau");
    static final Kompass COUNSELLOR = Kompass.as("beratung-ilmenau");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    static JsonObject issue(Kompass reception, String office, String body) {
        HttpResponse<String> response = reception.post("/api/offices/" + office + "/tickets", body);
        assertEquals(201, response.statusCode(), response.body());
        return Kompass.object(response);
    }

    /** Calls everybody still waiting in the office, so a test starts with an empty line. */
    static void drain(Kompass staff, String office) {
        for (int i = 0; i < 500; i++) {
            if (staff.post("/api/offices/" + office + "/desks/raum-2/call-next", "").statusCode() == 204) {
                return;
            }
        }
        throw new AssertionError("queue did not drain");
    }

    @Test
    void receptionIssuesATicketInOneCall() {
        JsonObject ticket = issue(RECEPTION, "ilmenau", "{}");
        assertTrue(ticket.getString("number").matches("I-\\d{3}"), ticket.getString("number"));
        assertEquals(32, ticket.getString("token").length());
        assertTrue(ticket.getInt("position") >= 1);
        assertTrue(ticket.getInt("estimatedWaitMinutes") % 5 == 0);
        assertEquals("/t/" + ticket.getString("token"), ticket.getString("statusPage"));
    }

    @Test
    void onlyReceptionOfThatOfficeIssues() {
        assertEquals(401, Kompass.anonymous().post("/api/offices/ilmenau/tickets", "{}").statusCode());
        assertEquals(403, Kompass.as("empfang-arnstadt").post("/api/offices/ilmenau/tickets", "{}").statusCode());
        assertEquals(403, COUNSELLOR.post("/api/offices/ilmenau/tickets", "{}").statusCode());
        assertEquals(404, RECEPTION.post("/api/offices/erfurt/tickets", "{}").statusCode());
    }

    @Test
    void badTicketInputIsAClear400AndIssuesNothing() {
        long before = Kompass.object(RECEPTION.get("/api/offices/ilmenau/queue")).getJsonNumber("seq").longValue();
        HttpResponse<String> unknownConcern = RECEPTION.post("/api/offices/ilmenau/tickets", "{\"concern\":\"raketen\"}");
        assertEquals(400, unknownConcern.statusCode());
        assertEquals("urn:kompass:problem:unknown-concern", Kompass.object(unknownConcern).getString("type"));
        assertEquals(400, RECEPTION.post("/api/offices/ilmenau/tickets", "{\"priority\":\"VIP\"}").statusCode());
        assertEquals(400, RECEPTION.post("/api/offices/ilmenau/tickets", "{\"pseudonym\":\"" + "x".repeat(41) + "\"}").statusCode());
        assertEquals(400, RECEPTION.post("/api/offices/ilmenau/tickets", "{\"pseudonym\":").statusCode());
        long after = Kompass.object(RECEPTION.get("/api/offices/ilmenau/queue")).getJsonNumber("seq").longValue();
        assertEquals(before, after, "nothing changed");
    }

    @Test
    void urgentFirstThenOrderOfArrival() {
        drain(COUNSELLOR, "ilmenau");
        JsonObject first = issue(RECEPTION, "ilmenau", "{\"pseudonym\":\"Erste\"}");
        JsonObject second = issue(RECEPTION, "ilmenau", "{\"concern\":\"schulden\"}");
        JsonObject urgent = issue(RECEPTION, "ilmenau", "{\"priority\":\"URGENT\"}");
        assertEquals(1, urgent.getInt("position"));

        assertEquals(urgent.getString("number"), callNext().getString("number"));
        assertEquals(first.getString("number"), callNext().getString("number"));
        assertEquals(second.getString("number"), callNext().getString("number"));
        assertEquals(204, COUNSELLOR.post("/api/offices/ilmenau/desks/raum-1/call-next", "").statusCode());
    }

    private JsonObject callNext() {
        HttpResponse<String> called = COUNSELLOR.post("/api/offices/ilmenau/desks/raum-1/call-next", "");
        assertEquals(200, called.statusCode(), called.body());
        JsonObject ticket = Kompass.object(called);
        assertEquals("CALLED", ticket.getString("state"));
        assertEquals("Raum 1", ticket.getString("deskName"));
        return ticket;
    }

    @Test
    void aTalkFromCallToFinishAndIllegalStepsAre409() {
        drain(COUNSELLOR, "ilmenau");
        JsonObject issued = issue(RECEPTION, "ilmenau", "{\"pseudonym\":\"Anna\"}");
        long id = issued.getJsonNumber("id").longValue();
        assertEquals(409, COUNSELLOR.post("/api/tickets/" + id + "/finish", "").statusCode(), "not yet called");

        callNext();
        assertEquals("CALLED", action(id, "recall").getString("state"));
        assertEquals(2, action(id, "recall").getInt("calls") - 1);
        HttpResponse<String> fourth = COUNSELLOR.post("/api/tickets/" + id + "/recall", "");
        assertEquals(409, fourth.statusCode());
        assertEquals("urn:kompass:problem:ticket-too-many-calls", Kompass.object(fourth).getString("type"));

        assertEquals("IN_SERVICE", action(id, "start").getString("state"));
        JsonObject transferred = Kompass.object(COUNSELLOR.post("/api/tickets/" + id + "/transfer", "{\"desk\":\"raum-2\"}"));
        assertEquals("CALLED", transferred.getString("state"));
        assertEquals("Raum 2", transferred.getString("deskName"));
        assertEquals("IN_SERVICE", action(id, "start").getString("state"));
        assertEquals("DONE", action(id, "finish").getString("state"));

        HttpResponse<String> again = COUNSELLOR.post("/api/tickets/" + id + "/start", "");
        assertEquals(409, again.statusCode());
        assertTrue(Kompass.object(again).getString("detail").contains(issued.getString("number")));
        assertEquals(404, COUNSELLOR.post("/api/tickets/" + id + "/fly", "").statusCode());
        assertEquals(404, COUNSELLOR.post("/api/tickets/999999999/start", "").statusCode());
        assertEquals(403, Kompass.as("beratung-arnstadt").post("/api/tickets/" + id + "/leave", "").statusCode());
    }

    private JsonObject action(long id, String action) {
        HttpResponse<String> response = COUNSELLOR.post("/api/tickets/" + id + "/" + action, "");
        assertEquals(200, response.statusCode(), response.body());
        return Kompass.object(response);
    }

    @Test
    void publicStatusShowsNothingPersonal() {
        drain(COUNSELLOR, "ilmenau");
        JsonObject issued = issue(RECEPTION, "ilmenau", "{\"pseudonym\":\"Geheimname\",\"concern\":\"schulden\"}");
        HttpResponse<String> status = Kompass.anonymous().get("/api/tickets/status/" + issued.getString("token"));
        assertEquals(200, status.statusCode());
        JsonObject view = Kompass.object(status);
        assertEquals(issued.getString("number"), view.getString("number"));
        assertEquals("WAITING", view.getString("state"));
        assertEquals(1, view.getInt("position"));
        assertNotNull(view.get("estimatedWaitMinutes"));
        assertFalse(status.body().contains("Geheimname"));
        assertFalse(status.body().contains("schulden"));

        callNext();
        JsonObject called = Kompass.object(Kompass.anonymous().get("/api/tickets/status/" + issued.getString("token")));
        assertEquals("CALLED", called.getString("state"));
        assertEquals("Raum 1", called.getString("deskName"));

        assertEquals(404, Kompass.anonymous().get("/api/tickets/status/nicht-echt").statusCode());
        assertEquals(404, Kompass.anonymous().get("/api/tickets/status/" + "A".repeat(32)).statusCode());
    }

    @Test
    void staffSeeTheQueueOfTheirOfficeOnly() {
        issue(RECEPTION, "ilmenau", "{\"pseudonym\":\"Bernd\"}");
        HttpResponse<String> queue = COUNSELLOR.get("/api/offices/ilmenau/queue");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Bernd"), "staff see the call name");
        assertEquals(403, Kompass.as("beratung-arnstadt").get("/api/offices/ilmenau/queue").statusCode());
        assertEquals(401, Kompass.anonymous().get("/api/offices/ilmenau/queue").statusCode());
    }
}

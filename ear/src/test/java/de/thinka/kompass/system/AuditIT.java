package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail on the real server: logins (also failed ones), ticket actions and bookings appear with
 * actor, action, object and office, never with a name or pseudonym; only ADMIN reads it.
 */
class AuditIT {

    static final Kompass ADMIN = Kompass.as("admin");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    static List<JsonObject> entries(String query) {
        HttpResponse<String> response = ADMIN.get("/api/audit?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Kompass.object(response).getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void loginsAreRecordedAndUnknownNamesAreNot() {
        assertEquals(200, Kompass.as("vertretung-arnstadt").get("/api/me").statusCode());
        assertTrue(entries("actor=vertretung-arnstadt&action=login").stream()
                .anyMatch(e -> e.getString("action").equals("login")));
        String typo = "geheim-" + UUID.randomUUID();
        assertEquals(401, Kompass.as(typo, "wrong").get("/api/me").statusCode());
        assertEquals(401, Kompass.as("empfang-ilmenau", "wrong").get("/api/me").statusCode());
        List<JsonObject> failed = entries("action=login.failed");
        assertTrue(failed.stream().anyMatch(e -> e.getString("actor").equals("empfang-ilmenau")));
        assertTrue(failed.stream().anyMatch(e -> e.getString("actor").equals("unknown")));
        assertFalse(ADMIN.get("/api/audit?action=login").body().contains(typo), "a name no account has is not kept");
    }

    @Test
    void ticketIssueAndCallAreRecordedWithoutThePseudonym() {
        Kompass reception = Kompass.as("empfang-ilmenau");
        String pseudonym = "Audit-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> issued = reception.post("/api/offices/ilmenau/tickets",
                Json.createObjectBuilder().add("pseudonym", pseudonym).build().toString());
        assertEquals(201, issued.statusCode(), issued.body());
        long id = Kompass.object(issued).getJsonNumber("id").longValue();
        HttpResponse<String> called = reception.post("/api/tickets/" + id + "/call", "{\"desk\":\"raum-1\"}");
        assertEquals(200, called.statusCode(), called.body());
        List<JsonObject> trail = entries("actor=empfang-ilmenau&office=ilmenau&action=ticket");
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("ticket.issue")
                && e.getString("objectId").equals(String.valueOf(id)) && e.getString("objectType").equals("ticket")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("ticket.call")
                && e.getString("objectId").equals(String.valueOf(id)) && e.getString("office").equals("ilmenau")), trail.toString());
        assertFalse(ADMIN.get("/api/audit?action=ticket").body().contains(pseudonym));
    }

    @Test
    void aCitizensBookingIsRecordedAsCitizenWithItsReferenceOnly() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("arnstadt", "schulden", 0);
        HttpResponse<String> booked = citizen.book(citizen.booking("arnstadt", "schulden", slot.getString("start")));
        assertEquals(201, booked.statusCode(), booked.body());
        String reference = Kompass.object(booked).getString("reference");
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        List<JsonObject> trail = entries("actor=citizen&action=booking.create&from=" + today + "&to=" + today);
        assertTrue(trail.stream().anyMatch(e -> e.getString("objectId").equals(reference)
                && e.getString("office").equals("arnstadt")), trail.toString());
        String all = ADMIN.get("/api/audit?actor=citizen").body();
        assertFalse(all.contains(citizen.email) || all.contains("Sonnenblume"), "no contact data, no name");
    }

    @Test
    void onlyAdminReadsTheTrail() {
        assertEquals(403, Kompass.as("empfang-arnstadt").get("/api/audit").statusCode());
        assertEquals(403, Kompass.as("beratung-arnstadt").get("/api/audit").statusCode());
        assertEquals(401, Kompass.anonymous().get("/api/audit").statusCode());
        assertEquals(400, ADMIN.get("/api/audit?from=2026-12-01&to=2026-11-01").statusCode());
        assertEquals(400, ADMIN.get("/api/audit?from=" + q("gestern")).statusCode());
    }
}

package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A booked visitor arrives: reception checks the booking in by its reference and it becomes a ticket in the
 * live queue (source: appointment), which the waiting-room display shows. The test domains allow check-in
 * three weeks ahead, so the test does not depend on the time of day it runs at.
 */
class CheckInIT {

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void checkInPutsTheBookingIntoTheQueueAndOntoTheDisplay() {
        Kompass reception = Kompass.as("empfang-ilmenau");
        List<JsonObject> slots = Citizen.staffSlots(reception, "ilmenau", "gesundheit");
        HttpResponse<String> booked = reception.post("/api/offices/ilmenau/appointments",
                "{\"concern\":\"gesundheit\",\"start\":\"" + slots.get(0).getString("start") + "\",\"name\":\"Frau S.\",\"channel\":\"DESK\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        String reference = Kompass.object(booked).getString("reference");

        try (LiveClient display = LiveClient.connect("/ws/offices/ilmenau/display")) {
            assertEquals("snapshot", display.next().getString("type"));
            HttpResponse<String> checkedIn = reception.post("/api/offices/ilmenau/appointments/" + reference.toLowerCase() + "/check-in", "");
            assertEquals(200, checkedIn.statusCode(), checkedIn.body());
            JsonObject result = Kompass.object(checkedIn);
            assertEquals("CHECKED_IN", result.getJsonObject("booking").getString("state"));
            String number = result.getJsonObject("ticket").getString("number");
            assertTrue(number.matches("I-\\d{3}"), number);

            JsonObject event = display.until(message -> "ticket-issued".equals(message.getString("type", null))
                    && number.equals(message.getJsonObject("ticket").getString("number")), Duration.ofSeconds(5));
            assertTrue(event.getJsonNumber("seq").longValue() > 0);
            assertTrue(!event.toString().contains("Frau S."), "the display never shows names");
        }
        JsonObject queued = Kompass.object(reception.get("/api/offices/ilmenau/queue")).getJsonArray("tickets")
                .getValuesAs(JsonObject.class).stream().filter(t -> "Frau S.".equals(t.getString("pseudonym", null)))
                .findFirst().orElseThrow();
        assertEquals("APPOINTMENT", queued.getString("source"));
        assertEquals("WAITING", queued.getString("state"));
        AppointmentIT.assertProblem(reception.post("/api/offices/ilmenau/appointments/" + reference + "/check-in", ""),
                409, "booking-not-open.checked_in");
        AppointmentIT.assertProblem(reception.post("/api/offices/ilmenau/appointments/ZZZZ-ZZZZ/check-in", ""),
                404, "unknown-reference");
        assertEquals(403, Kompass.as("empfang-arnstadt").post("/api/offices/ilmenau/appointments/" + reference + "/check-in", "").statusCode());
    }
}

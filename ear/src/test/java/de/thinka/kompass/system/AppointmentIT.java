package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Online booking over REST: slots, book, look, move, cancel, the rules, the staff's side. */
class AppointmentIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void slotsAreInBerlinTimeWithinLeadTimeAndWindowAndSayOnlyHowManyCounsellors() {
        HttpResponse<String> response = Kompass.anonymous().get("/api/offices/arnstadt/slots?concern=schulden");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Kompass.object(response);
        assertEquals(60, body.getInt("durationMinutes"));
        assertEquals("Europe/Berlin", body.getString("timeZone"));
        List<JsonObject> slots = body.getJsonArray("slots").getValuesAs(JsonObject.class);
        assertFalse(slots.isEmpty());
        OffsetDateTime now = OffsetDateTime.now();
        for (JsonObject slot : slots) {
            OffsetDateTime start = OffsetDateTime.parse(slot.getString("start"));
            assertEquals(BERLIN.getRules().getOffset(start.toInstant()), start.getOffset(), "shown in Berlin time");
            assertTrue(start.isAfter(now.plusHours(2).minusMinutes(1)), "lead time of two hours");
            assertTrue(start.isBefore(now.plusWeeks(8).plusMinutes(1)), "window of eight weeks");
            assertEquals(Duration.ofMinutes(60), Duration.between(start, OffsetDateTime.parse(slot.getString("end"))));
            assertTrue(slot.getInt("counsellors") >= 1);
            assertFalse(slot.containsKey("counsellor"));
            int hour = start.atZoneSameInstant(BERLIN).getHour();
            assertTrue(hour >= 9 && hour < 18, "within working hours: " + start);
        }
        assertTrue(slots.stream().anyMatch(slot -> slot.getInt("counsellors") == 2), "Tuesday afternoon has two counsellors");
    }

    @Test
    void badSlotQueriesAreClear400s() {
        Kompass anyone = Kompass.anonymous();
        assertProblem(anyone.get("/api/offices/arnstadt/slots?concern=schulden&from=morgen"), 400, "bad-date");
        assertProblem(anyone.get("/api/offices/arnstadt/slots?concern=raketen"), 400, "unknown-concern");
        assertProblem(anyone.get("/api/offices/arnstadt/slots?concern=kognitive-einschraenkungen"), 400, "concern-not-online");
        assertProblem(anyone.get("/api/offices/arnstadt/slots?concern=schulden&from=2026-12-10&to=2026-12-01"), 400, "range-reversed");
        assertProblem(anyone.get("/api/offices/arnstadt/slots?concern=schulden&from=2026-01-01&to=2027-12-01"), 400, "range-too-long");
        assertProblem(anyone.get("/api/offices/erfurt/slots?concern=schulden"), 404, "unknown-office");
    }

    @Test
    void bookLookMoveAndCancelWithTheManageToken() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("ilmenau", "motivation", 0);
        HttpResponse<String> booked = citizen.book(citizen.booking("ilmenau", "motivation", slot.getString("start"))
                .add("phone", "03677 123456"));
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject confirmation = Kompass.object(booked);
        String token = confirmation.getString("manageToken");
        assertTrue(confirmation.getString("reference").matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertEquals(OffsetDateTime.parse(slot.getString("start")).toInstant(),
                OffsetDateTime.parse(confirmation.getString("start")).toInstant());
        assertEquals("ilmenau", confirmation.getString("office"));
        assertTrue(Citizen.slots("ilmenau", "motivation").stream().noneMatch(s -> s.getString("start").equals(slot.getString("start"))),
                "the booked time is no longer offered");

        JsonObject view = Kompass.object(citizen.get("/api/bookings/" + token));
        assertEquals("BOOKED", view.getString("state"));
        assertEquals("Sonnenblume", view.getString("name"));
        assertFalse(view.containsKey("counsellor"));

        HttpResponse<String> ics = citizen.get("/api/bookings/" + token + "/calendar.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().contains("METHOD:REQUEST") && ics.body().contains("SEQUENCE:0") && ics.body().contains("TZID:Europe/Berlin"), ics.body());

        JsonObject other = Citizen.slots("ilmenau", "motivation").stream()
                .filter(s -> !s.getString("start").equals(slot.getString("start"))).findFirst().orElseThrow();
        HttpResponse<String> moved = citizen.post("/api/bookings/" + token + "/reschedule", "{\"start\":\"" + other.getString("start") + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(OffsetDateTime.parse(other.getString("start")).toInstant(),
                OffsetDateTime.parse(Kompass.object(moved).getString("start")).toInstant());
        assertTrue(citizen.get("/api/bookings/" + token + "/calendar.ics").body().contains("SEQUENCE:1"));

        HttpResponse<String> cancelled = citizen.post("/api/bookings/" + token + "/cancel", "");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Kompass.object(cancelled).getString("state"));
        String cancel = citizen.get("/api/bookings/" + token + "/calendar.ics").body();
        assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED") && cancel.contains("SEQUENCE:2"), cancel);
        assertTrue(Citizen.slots("ilmenau", "motivation").stream().anyMatch(s -> s.getString("start").equals(other.getString("start"))),
                "a cancelled time is free again");
        assertProblem(citizen.post("/api/bookings/" + token + "/cancel", ""), 409, "booking-not-open.cancelled");
    }

    @Test
    void theRulesRefuseClearlyAndStoreNothing() {
        Citizen citizen = new Citizen();
        String start = Citizen.someSlot("arnstadt", "gesundheit", 0).getString("start");
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", start).add("name", " ")), 400, "name-missing");
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", start).add("email", "kaputt")), 400, "email-invalid");
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", start).add("phone", "ruf an")), 400, "phone-invalid");
        citizen = new Citizen(); // a person trying this often would meet the per-address limit (10 per 10 minutes)
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", "morgen früh")), 400, "bad-time");
        String soon = ZonedDateTime.now(BERLIN).plusMinutes(30).toOffsetDateTime().toString();
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", soon)), 400, "too-soon");
        String far = ZonedDateTime.now(BERLIN).plusWeeks(9).toOffsetDateTime().toString();
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", far)), 400, "too-far");
        String off = OffsetDateTime.parse(start).plusMinutes(7).toString();
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", off)), 409, "slot-taken");
        assertProblem(citizen.book(citizen.booking("arnstadt", "kognitive-einschraenkungen", start)), 400, "concern-not-online");
        assertProblem(citizen.book(citizen.booking("arnstadt", "gesundheit", start).add("website", "http://spam")), 400, "spam-suspected");
        assertProblem(citizen.post("/api/bookings", "{\"office\":"), 400, "malformed-json");
        assertTrue(Citizen.slots("arnstadt", "gesundheit").stream().anyMatch(s -> s.getString("start").equals(start)),
                "nothing was booked");
        assertProblem(citizen.get("/api/bookings/" + "x".repeat(32)), 404, "unknown-booking");
    }

    @Test
    void atMostTwoOpenBookingsPerEmail() {
        Citizen citizen = new Citizen();
        List<JsonObject> free = Citizen.slots("arnstadt", "soziale-isolation");
        // three times far apart: next to a booking, a time may be taken by its buffer when few counsellors work
        assertEquals(201, citizen.book(citizen.booking("arnstadt", "soziale-isolation", free.get(free.size() - 1).getString("start"))).statusCode());
        assertEquals(201, citizen.book(citizen.booking("arnstadt", "soziale-isolation", free.get(free.size() / 2).getString("start"))).statusCode());
        HttpResponse<String> third = citizen.book(citizen.booking("arnstadt", "soziale-isolation", free.get(0).getString("start")));
        assertProblem(third, 409, "too-many-open-bookings");
    }

    @Test
    void tooManyPostsFromOneAddressAreRefusedWith429() {
        Citizen citizen = new Citizen();
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = citizen.post("/api/bookings", "{}");
            assertNotEquals(500, last.statusCode());
        }
        assertProblem(last, 429, "rate-limited");
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        assertNotEquals(429, new Citizen().post("/api/bookings", "{}").statusCode(), "another address is not affected");
    }

    @Test
    void staffBookOnBehalfAndSeeTheCalendar() {
        Kompass reception = Kompass.as("empfang-arnstadt");
        List<JsonObject> staffSlots = Citizen.staffSlots(reception, "arnstadt", "kognitive-einschraenkungen");
        JsonObject slot = staffSlots.get(staffSlots.size() / 2);
        HttpResponse<String> booked = reception.post("/api/offices/arnstadt/appointments",
                "{\"concern\":\"kognitive-einschraenkungen\",\"start\":\"" + slot.getString("start")
                        + "\",\"name\":\"Herr K.\",\"channel\":\"PHONE\",\"counsellor\":\"beratung-arnstadt\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        JsonObject appointment = Kompass.object(booked);
        assertEquals("beratung-arnstadt", appointment.getString("counsellor"));
        assertEquals("PHONE", appointment.getString("channel"));
        assertEquals("empfang-arnstadt", appointment.getString("bookedBy"));
        String day = OffsetDateTime.parse(slot.getString("start")).atZoneSameInstant(BERLIN).toLocalDate().toString();
        List<JsonObject> calendar = Kompass.array(reception.get("/api/offices/arnstadt/appointments?from=" + day + "&to=" + day))
                .getValuesAs(JsonObject.class);
        assertTrue(calendar.stream().anyMatch(a -> a.getString("reference").equals(appointment.getString("reference"))));
        assertEquals(403, Kompass.as("empfang-ilmenau").get("/api/offices/arnstadt/appointments").statusCode());
        assertEquals(401, Kompass.anonymous().get("/api/offices/arnstadt/appointments").statusCode());

        String reference = appointment.getString("reference").toLowerCase().replace("-", "");
        HttpResponse<String> cancelled = reception.post("/api/offices/arnstadt/appointments/" + reference + "/cancel", "");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Kompass.object(cancelled).getString("state"));
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        JsonObject problem = Kompass.object(response);
        assertEquals("urn:kompass:problem:" + slug, problem.getString("type"), response.body());
        assertFalse(problem.getString("detail").isBlank());
    }
}

package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Privacy on the real server: the retention run (periods of three seconds in the system tests) erases the
 * personal fields of tickets, bookings and handovers and keeps their anonymous facts; ADMIN finds a person's
 * records by booking reference, link and e-mail, exports them as JSON and erases them; nobody else may.
 */
class PrivacyIT {

    static final Duration DEADLINE = Duration.ofSeconds(40);
    static final Kompass ADMIN = Kompass.as("admin");
    static final Kompass RECEPTION = Kompass.as("empfang-arnstadt");
    static final Kompass COUNSELLOR = Kompass.as("beratung-arnstadt");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
        Mailbox.open();
    }

    static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static HttpResponse<String> search(Kompass who, String query) {
        return who.post("/api/privacy/subject-requests/search", Json.createObjectBuilder().add("query", query).build().toString());
    }

    static JsonObject found(String query) {
        HttpResponse<String> response = search(ADMIN, query);
        assertEquals(200, response.statusCode(), response.body());
        return Kompass.object(response);
    }

    /** Starts retention runs until the condition holds (the periods are three seconds), or fails after the deadline. */
    static void retainUntil(String what, java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(end)) {
            HttpResponse<String> run = ADMIN.post("/api/privacy/retention-runs", "");
            assertEquals(200, run.statusCode(), run.body());
            if (condition.getAsBoolean()) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new AssertionError(what + " not within " + DEADLINE);
    }

    /** A staff booking tomorrow or later with name, e-mail and phone. */
    static JsonObject bookOnBehalf(String name, String email, String phone) {
        List<JsonObject> slots = Citizen.staffSlots(RECEPTION, "arnstadt", "schulden");
        JsonObject slot = slots.get(slots.size() / 2 + (int) (Math.random() * (slots.size() / 2)));
        HttpResponse<String> booked = RECEPTION.post("/api/offices/arnstadt/appointments", Json.createObjectBuilder()
                .add("concern", "schulden").add("start", slot.getString("start")).add("name", name)
                .add("email", email).add("phone", phone).add("channel", "PHONE").build().toString());
        assertEquals(201, booked.statusCode(), booked.body());
        return Kompass.object(booked);
    }

    static JsonObject issueTicket(String pseudonym) {
        HttpResponse<String> issued = RECEPTION.post("/api/offices/arnstadt/tickets", Json.createObjectBuilder()
                .add("concern", "schulden").add("pseudonym", pseudonym).build().toString());
        assertEquals(201, issued.statusCode(), issued.body());
        return Kompass.object(issued);
    }

    static long withdrawnHandover(String clientName, String clientEmail) {
        String partner = unique("privacy-partner");
        HttpResponse<String> created = ADMIN.post("/api/partners", Json.createObjectBuilder()
                .add("id", partner).add("name", "Suchtberatung Test").add("type", "DEBT_COUNSELLING")
                .add("street", "Markt 1").add("postalCode", "99310").add("city", "Arnstadt")
                .add("offices", Json.createArrayBuilder().add("arnstadt")).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> contact = ADMIN.post("/api/partners/" + partner + "/contacts", Json.createObjectBuilder()
                .add("name", "Frau Test").add("email", unique("kontakt") + "@partner.test").build().toString());
        assertEquals(201, contact.statusCode(), contact.body());
        String start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(5).withHour(10).truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime().toString();
        HttpResponse<String> handover = COUNSELLOR.post("/api/handovers", Json.createObjectBuilder()
                .add("partnerContactId", Kompass.object(contact).getJsonNumber("id").longValue()).add("start", start)
                .add("concern", "schulden").add("clientName", clientName).add("clientEmail", clientEmail)
                .add("clientPhone", "0176 5550999").add("note", "Privat-Notiz " + clientName).add("draft", true)
                .add("consent", Json.createObjectBuilder().add("name", true).add("phone", true).add("email", false)
                        .add("concern", true).add("note", true)).build().toString());
        assertEquals(201, handover.statusCode(), handover.body());
        long id = Kompass.object(handover).getJsonNumber("id").longValue();
        HttpResponse<String> withdrawn = COUNSELLOR.post("/api/handovers/" + id + "/withdraw", "");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        return id;
    }

    @Test
    void retentionErasesPersonalFieldsAndKeepsTheAnonymousFacts() {
        String email = unique("alt") + "@example.org";
        JsonObject booking = bookOnBehalf("Frau Ölschläger", email, "0361 5550" + (int) (Math.random() * 900 + 100));
        String reference = booking.getString("reference");
        HttpResponse<String> cancelled = RECEPTION.post("/api/offices/arnstadt/appointments/" + reference + "/cancel", "");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        String pseudonym = unique("Rufname");
        JsonObject ticket = issueTicket(pseudonym);
        long handover = withdrawnHandover(unique("Klient"), unique("klient") + "@example.org");

        retainUntil("booking erased", () -> found(reference).getJsonArray("bookings").getJsonObject(0).containsKey("erasedAt"));

        JsonObject erased = found(reference).getJsonArray("bookings").getJsonObject(0);
        assertFalse(erased.containsKey("name"), erased.toString());
        assertFalse(erased.containsKey("email"), erased.toString());
        assertFalse(erased.containsKey("phone"), erased.toString());
        assertEquals("CANCELLED", erased.getString("state"), "the anonymous facts stay");
        assertEquals("arnstadt", erased.getString("office"));
        assertEquals("PHONE", erased.getString("channel"));
        assertTrue(erased.containsKey("start") && erased.containsKey("cancelledAt") && erased.containsKey("concern"));
        assertEquals(404, Kompass.anonymous().get("/api/bookings/" + booking.getString("manageToken")).statusCode(),
                "the manage link no longer works");

        retainUntil("ticket erased", () -> Kompass.anonymous().get("/api/tickets/status/" + ticket.getString("token")).statusCode() == 404);
        assertEquals(0, found("/t/" + ticket.getString("token")).getJsonArray("tickets").size(), "nothing is found by the old link");

        retainUntil("handover erased", () -> !Kompass.object(COUNSELLOR.get("/api/handovers/" + handover))
                .getJsonObject("client").containsKey("name"));
        JsonObject facts = Kompass.object(COUNSELLOR.get("/api/handovers/" + handover));
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, facts.getJsonObject("client"), facts.toString());
        assertEquals(0, facts.getJsonObject("consent").getJsonArray("items").size());
        assertFalse(facts.getJsonObject("consent").containsKey("recordedBy"));
        assertEquals("WITHDRAWN", facts.getString("state"));
        assertEquals("schulden", facts.getString("concern"));
        assertTrue(facts.containsKey("partner") && facts.containsKey("start"));

        Mailbox.awaitMessagesTo(email, 2, DEADLINE);
        retainUntil("delivered mails deleted", () -> found(email).getJsonArray("mails").isEmpty());
        HttpResponse<String> again = ADMIN.post("/api/privacy/retention-runs", "");
        assertEquals(0, Kompass.object(again).getInt("bookings") + Kompass.object(again).getInt("tickets")
                + Kompass.object(again).getInt("handovers"), "a second run finds nothing more: " + again.body());
    }

    @Test
    void adminFindsExportsAndErasesByReferenceLinkAndEmail() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("arnstadt", "schulden", 0);
        String phone = "0176 " + (int) (Math.random() * 9_000_000 + 1_000_000);
        HttpResponse<String> booked = citizen.book(Json.createObjectBuilder().add("office", "arnstadt")
                .add("concern", "schulden").add("start", slot.getString("start")).add("name", "Jürgen Weiß")
                .add("email", citizen.email).add("phone", phone));
        assertEquals(201, booked.statusCode(), booked.body());
        String reference = Kompass.object(booked).getString("reference");
        String token = Kompass.object(booked).getString("manageToken");

        JsonObject byReference = found(reference.toLowerCase().replace("-", ""));
        assertEquals("REFERENCE", byReference.getString("searchedBy"));
        JsonObject record = byReference.getJsonArray("bookings").getJsonObject(0);
        assertEquals("Jürgen Weiß", record.getString("name"));
        assertEquals(citizen.email, record.getString("email"));
        assertEquals(phone, record.getString("phone"));
        assertFalse(byReference.toString().contains(token), "secret links are not exported");
        assertEquals(reference, found(Kompass.BASE_URL + "/b/" + token).getJsonArray("bookings").getJsonObject(0)
                .getString("reference"), "found by the manage link");
        assertEquals(reference, found(phone).getJsonArray("bookings").getJsonObject(0).getString("reference"));
        JsonObject byEmail = found(citizen.email.toUpperCase());
        assertEquals("EMAIL", byEmail.getString("searchedBy"));
        assertEquals(1, byEmail.getJsonArray("bookings").size());

        HttpResponse<String> export = ADMIN.post("/api/privacy/subject-requests/export",
                Json.createObjectBuilder().add("query", citizen.email).build().toString());
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"kompass-auskunft-"));
        assertTrue(export.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        assertTrue(export.body().contains("Jürgen Weiß"), export.body());
        assertFalse(export.body().contains(token), "the manage link in the mail text is cut");

        HttpResponse<String> erase = ADMIN.post("/api/privacy/subject-requests/erase",
                Json.createObjectBuilder().add("query", citizen.email).build().toString());
        assertEquals(200, erase.statusCode(), erase.body());
        JsonObject report = Kompass.object(erase);
        assertEquals(1, report.getInt("bookings"));
        assertEquals(1, report.getInt("cancelled"), "the future booking is cancelled, its time is free again");
        JsonObject after = found(reference).getJsonArray("bookings").getJsonObject(0);
        assertEquals("CANCELLED", after.getString("state"));
        assertFalse(after.containsKey("name") || after.containsKey("email") || after.containsKey("phone"), after.toString());
        assertTrue(found(citizen.email).getJsonArray("bookings").isEmpty(), "nothing left under the address");
        assertEquals(404, Kompass.anonymous().get("/api/bookings/" + token).statusCode());
    }

    @Test
    void aTicketIsFoundAndErasedByItsLink() {
        String pseudonym = unique("Sonnenschein");
        JsonObject ticket = issueTicket(pseudonym);
        String link = Kompass.BASE_URL + "/t/" + ticket.getString("token");
        JsonObject records = found(link);
        assertEquals("TOKEN", records.getString("searchedBy"));
        assertEquals(pseudonym, records.getJsonArray("tickets").getJsonObject(0).getString("pseudonym"));
        HttpResponse<String> erase = ADMIN.post("/api/privacy/subject-requests/erase",
                Json.createObjectBuilder().add("query", link).build().toString());
        assertEquals(200, erase.statusCode(), erase.body());
        assertEquals(1, Kompass.object(erase).getInt("tickets"));
        assertEquals(404, Kompass.anonymous().get("/api/tickets/status/" + ticket.getString("token")).statusCode());
    }

    @Test
    void onlyAdminMayAndRubbishIsAClearRefusal() {
        Predicate<HttpResponse<String>> problem = r -> r.headers().firstValue("Content-Type").orElse("").contains("problem+json");
        HttpResponse<String> counsellor = search(COUNSELLOR, "someone@example.org");
        assertEquals(403, counsellor.statusCode(), counsellor.body());
        assertEquals(403, RECEPTION.post("/api/privacy/retention-runs", "").statusCode());
        assertEquals(403, RECEPTION.post("/api/privacy/subject-requests/erase", "{\"query\":\"x@example.org\"}").statusCode());
        assertEquals(401, search(Kompass.anonymous(), "someone@example.org").statusCode());
        HttpResponse<String> rubbish = search(ADMIN, "???");
        assertEquals(400, rubbish.statusCode(), rubbish.body());
        assertTrue(problem.test(rubbish));
        assertEquals(400, search(ADMIN, "").statusCode());
        assertEquals(0, found("nobody-" + UUID.randomUUID() + "@example.org").getJsonArray("bookings").size());
    }
}

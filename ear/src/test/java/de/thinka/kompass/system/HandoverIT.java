package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Handovers on the real server with real mail: the invitation's MIME structure and calendar, consent-scoped
 * content, reschedule and cancel with one UID and growing SEQUENCE, answers by link page and by iTIP REPLY
 * over IMAP, the counsellor's feed, the outbox's admin view, and delivery exactly once after SMTP was down.
 * Each test makes its own partner contact with a unique address, so tests tell their mail apart.
 */
class HandoverIT {

    static final Duration DEADLINE = Duration.ofSeconds(45);
    static final Kompass COUNSELLOR = Kompass.as("beratung-arnstadt");
    static final Kompass ADMIN = Kompass.as("admin");
    static final String ORGANIZER = "beratung-arnstadt@kompass.demo.invalid";
    static String partnerId;

    @BeforeAll
    static void serverMailboxAndPartner() {
        Kompass.awaitReady(Duration.ofSeconds(60));
        Mailbox.open();
        partnerId = "it-partner-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = ADMIN.post("/api/partners", Json.createObjectBuilder()
                .add("id", partnerId).add("name", "Schuldnerberatung Test Ilm-Kreis").add("type", "DEBT_COUNSELLING")
                .add("street", "Straße des Friedens 1").add("postalCode", "99310").add("city", "Arnstadt")
                .add("offices", Json.createArrayBuilder().add("arnstadt")).build().toString());
        assertEquals(201, created.statusCode(), created.body());
    }

    /** A new contact person at the test partner with an address only this test uses. */
    static Contact newContact() {
        String email = "partner-" + UUID.randomUUID() + "@partner.test";
        HttpResponse<String> added = ADMIN.post("/api/partners/" + partnerId + "/contacts",
                Json.createObjectBuilder().add("name", "Frau Jana Köhler-Weiß").add("email", email).build().toString());
        assertEquals(201, added.statusCode(), added.body());
        return new Contact(Kompass.object(added).getJsonNumber("id").longValue(), email);
    }

    record Contact(long id, String email) {
    }

    static String inDays(int days, int hour) {
        return ZonedDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(days).withHour(hour).truncatedTo(ChronoUnit.HOURS)
                .toOffsetDateTime().toString();
    }

    static JsonObjectBuilder handover(Contact contact, JsonObjectBuilder consent) {
        return Json.createObjectBuilder().add("partnerContactId", contact.id()).add("start", inDays(9, 10))
                .add("durationMinutes", 60).add("concern", "schulden")
                .add("clientName", "Jürgen Müller").add("clientPhone", "0176 5550123")
                .add("clientEmail", "klient-" + UUID.randomUUID() + "@client.test")
                .add("note", "Bitte Mahnbescheid mitbringen").add("consent", consent);
    }

    static JsonObjectBuilder consent(boolean name, boolean phone, boolean email, boolean concern, boolean note) {
        return Json.createObjectBuilder().add("name", name).add("phone", phone).add("email", email)
                .add("concern", concern).add("note", note).add("validUntil", inDays(60, 10).substring(0, 10));
    }

    static JsonObject create(JsonObjectBuilder body) {
        HttpResponse<String> created = COUNSELLOR.post("/api/handovers", body.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Kompass.object(created);
    }

    static JsonObject view(long id) {
        HttpResponse<String> response = COUNSELLOR.get("/api/handovers/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return Kompass.object(response);
    }

    static Predicate<MimeMessage> calendarWith(String... parts) {
        return message -> Mailbox.calendarPart(message).isPresent()
                && List.of(parts).stream().allMatch(Mailbox.calendarText(message).replace("\r\n ", "")::contains);
    }

    static String property(String calendar, String name) {
        String unfolded = calendar.replace("\r\n ", "");
        String event = unfolded.substring(unfolded.indexOf("BEGIN:VEVENT"));
        Matcher matcher = Pattern.compile("(?m)^" + name + "[:;](.*)$").matcher(event);
        assertTrue(matcher.find(), name + " in " + calendar);
        return matcher.group(1).strip();
    }

    @Test
    void invitationIsAMeetingRequestWithOnlyTheConsentedItems() throws Exception {
        Contact contact = newContact();
        JsonObject created = create(handover(contact, consent(true, false, false, false, false)));
        assertEquals("INVITED", created.getString("state"));
        String number = created.getString("number");
        assertTrue(number.matches("H-\\d{4}-\\d{4}"), number);

        MimeMessage mail = Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE).get(0);
        assertEquals("Termin – Übergabe " + number, Mailbox.subject(mail));
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
        Multipart mixed = (Multipart) mail.getContent();
        Part alternative = mixed.getBodyPart(0);
        assertTrue(alternative.isMimeType("multipart/alternative"), alternative.getContentType());
        Multipart parts = (Multipart) alternative.getContent();
        assertEquals(3, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("text/calendar", Mailbox.contentType(parts.getBodyPart(2)).getBaseType());
        assertEquals("REQUEST", Mailbox.contentType(parts.getBodyPart(2)).getParameter("method"));
        assertEquals("UTF-8", Mailbox.contentType(parts.getBodyPart(2)).getParameter("charset").toUpperCase());
        assertEquals("invite.ics", mixed.getBodyPart(1).getFileName());

        String calendar = Mailbox.calendarText(mail);
        assertTrue(calendar.contains("METHOD:REQUEST") && calendar.contains("VERSION:2.0") && calendar.contains("PRODID:"), calendar);
        assertTrue(calendar.contains("BEGIN:VTIMEZONE") && calendar.contains("TZID:Europe/Berlin"), calendar);
        assertTrue(property(calendar, "DTSTART").startsWith("TZID=Europe/Berlin:"), calendar);
        assertEquals("0", property(calendar, "SEQUENCE"));
        assertEquals("Termin – Übergabe " + number, property(calendar, "SUMMARY"));
        String attendee = property(calendar, "ATTENDEE");
        assertTrue(attendee.contains("PARTSTAT=NEEDS-ACTION") && attendee.contains("RSVP=TRUE")
                && attendee.contains("ROLE=REQ-PARTICIPANT") && attendee.endsWith("mailto:" + contact.email()), attendee);
        assertTrue(property(calendar, "ORGANIZER").endsWith("mailto:" + ORGANIZER), calendar);
        assertTrue(property(calendar, "DESCRIPTION").contains("Name: Jürgen Müller"), calendar);
        assertTrue(property(calendar, "LOCATION").contains("Straße des Friedens 1"), calendar);
        assertTrue(Mailbox.plainText(mail).contains("Guten Tag Frau Jana Köhler-Weiß"), Mailbox.plainText(mail));

        String everything = allText(mail);
        for (String secret : List.of("0176 5550123", "@client.test", "Mahnbescheid", "Schulden", "Überschuldung")) {
            assertFalse(everything.contains(secret), "not consented, yet in the mail: " + secret);
        }
        assertFalse(Mailbox.subject(mail).contains("Schuldnerberatung"), "discreet subject");

        // the counsellor's copy has the same calendar object; the client gets nothing without e-mail consent
        long id = created.getJsonNumber("id").longValue();
        Mailbox.awaitMessagesTo(ORGANIZER, calendarWith("UID:" + property(calendar, "UID")), 1, DEADLINE);
        JsonArray mails = Kompass.array(ADMIN.get("/api/outbox?key=handover-" + id + "-"));
        assertEquals(List.of("handover-" + id + "-request-0-organizer", "handover-" + id + "-request-0-partner"),
                mails.stream().map(m -> m.asJsonObject().getString("dedupKey")).sorted().toList());

        HttpResponse<String> ics = COUNSELLOR.get("/api/handovers/" + id + "/invite.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertEquals(calendar, ics.body(), "exactly as sent");
        assertEquals(200, ADMIN.get("/api/handovers/" + id + "/invite.ics").statusCode());
        assertEquals(403, Kompass.as("vertretung-arnstadt").get("/api/handovers/" + id + "/invite.ics").statusCode());
    }

    @Test
    void consentedItemsAndTheClientAsAttendeeWhenNotDiscreet() {
        Contact contact = newContact();
        JsonObjectBuilder body = handover(contact, consent(true, true, true, true, true)).add("discreet", false);
        JsonObject created = create(body);
        MimeMessage mail = Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE).get(0);
        String calendar = Mailbox.calendarText(mail);
        String description = property(calendar, "DESCRIPTION");
        assertTrue(description.contains("Telefon: 0176 5550123") && description.contains("Anliegen: Ver-/Überschuldung")
                && description.contains("Hinweis: Bitte Mahnbescheid mitbringen"), description);
        assertTrue(property(calendar, "SUMMARY").contains("Ver-/Überschuldung"), calendar);
        assertTrue(calendar.replace("\r\n ", "").contains("@client.test"), "client is an attendee");
        String client = view(created.getJsonNumber("id").longValue()).getJsonObject("client").getString("email");
        Mailbox.awaitMessagesTo(client, 1, DEADLINE);
    }

    @Test
    void rescheduleAndWithdrawKeepTheUidAndRaiseTheSequence() {
        Contact contact = newContact();
        long id = create(handover(contact, consent(false, false, false, false, false))).getJsonNumber("id").longValue();
        String uid = property(Mailbox.calendarText(Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE).get(0)), "UID");

        HttpResponse<String> moved = COUNSELLOR.post("/api/handovers/" + id + "/reschedule",
                Json.createObjectBuilder().add("start", inDays(10, 14)).build().toString());
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(1, Kompass.object(moved).getInt("sequence"));
        MimeMessage update = Mailbox.awaitMessagesTo(contact.email(), calendarWith("SEQUENCE:1"), 1, DEADLINE).get(0);
        assertTrue(Mailbox.subject(update).startsWith("Geändert: "), Mailbox.subject(update));
        String updated = Mailbox.calendarText(update);
        assertEquals(uid, property(updated, "UID"));
        assertTrue(updated.contains("METHOD:REQUEST"));
        assertTrue(property(updated, "DTSTART").endsWith("T140000"), updated);

        HttpResponse<String> withdrawn = COUNSELLOR.post("/api/handovers/" + id + "/withdraw", "");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Kompass.object(withdrawn).getString("state"));
        MimeMessage cancel = Mailbox.awaitMessagesTo(contact.email(), calendarWith("METHOD:CANCEL"), 1, DEADLINE).get(0);
        String cancelled = Mailbox.calendarText(cancel);
        assertEquals(uid, property(cancelled, "UID"));
        assertEquals("2", property(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertEquals("CANCEL", Mailbox.contentType(Mailbox.calendarPart(cancel).orElseThrow()).getParameter("method"));
        assertEquals(cancelled, COUNSELLOR.get("/api/handovers/" + id + "/invite.ics").body());
        assertEquals(409, COUNSELLOR.post("/api/handovers/" + id + "/reschedule",
                Json.createObjectBuilder().add("start", inDays(11, 9)).build().toString()).statusCode());
    }

    @Test
    void revokedConsentCancelsTheInvitation() {
        Contact contact = newContact();
        long id = create(handover(contact, consent(true, false, false, false, false))).getJsonNumber("id").longValue();
        Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE);
        HttpResponse<String> revoked = COUNSELLOR.post("/api/handovers/" + id + "/revoke-consent", "");
        assertEquals(200, revoked.statusCode(), revoked.body());
        JsonObject view = Kompass.object(revoked);
        assertEquals("WITHDRAWN", view.getString("state"));
        assertFalse(view.getJsonObject("consent").isNull("revokedAt"));
        MimeMessage cancel = Mailbox.awaitMessagesTo(contact.email(), calendarWith("METHOD:CANCEL"), 1, DEADLINE).get(0);
        assertFalse(allText(cancel).contains("Jürgen"), "revoked: the name is no longer shared");
    }

    @Test
    void anItipReplyInTheReplyMailboxMarksTheHandoverAccepted() throws Exception {
        Contact contact = newContact();
        long id = create(handover(contact, consent(false, false, false, false, false))).getJsonNumber("id").longValue();
        String uid = property(Mailbox.calendarText(Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE).get(0)), "UID");

        String reply = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Test//Outlook-like//DE", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:0", "DTSTAMP:20260101T120000Z",
                "DTSTART:20300101T090000Z", "DTEND:20300101T100000Z",
                "ORGANIZER:mailto:" + ORGANIZER,
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Frau Jana Köhler-Weiß:mailto:" + contact.email(),
                "END:VEVENT", "END:VCALENDAR", "");
        MimeMessage answer = new MimeMessage(Session.getInstance(new Properties()));
        answer.setFrom(new InternetAddress(contact.email()));
        answer.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(Mailbox.REPLY_ADDRESS));
        answer.setSubject("Angenommen: Termin", "UTF-8");
        answer.setContent(reply, "text/calendar; method=REPLY; charset=UTF-8");
        answer.saveChanges();
        Mailbox.deliverReply(answer);

        JsonObject accepted = awaitState(id, "ACCEPTED");
        assertEquals("IMAP", accepted.getString("answeredVia"));
    }

    @Test
    void theAnswerLinkShowsAPageAndOnlyItsPostDeclines() {
        Contact contact = newContact();
        long id = create(handover(contact, consent(false, false, false, false, false))).getJsonNumber("id").longValue();
        String text = Mailbox.plainText(Mailbox.awaitMessagesTo(contact.email(), 1, DEADLINE).get(0));
        Matcher link = Pattern.compile("/u/([A-Za-z0-9_-]{32})\\?antwort=absagen").matcher(text);
        assertTrue(link.find(), text);
        String token = link.group(1);

        Kompass partner = Kompass.anonymous();
        HttpResponse<String> page = partner.get("/u/" + token + "?antwort=absagen");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"decline\"") && !page.body().contains("id=\"accept\""), page.body());
        assertEquals("INVITED", view(id).getString("state"), "a GET changes nothing");

        HttpResponse<String> posted = partner.post("/uebergabe/antwort", "token=" + token + "&antwort=absagen&csrf="
                + Kompass.formToken(page), "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(303, posted.statusCode(), posted.body());
        JsonObject declined = view(id);
        assertEquals("DECLINED", declined.getString("state"));
        assertEquals("LINK", declined.getString("answeredVia"));
        assertEquals(404, partner.get("/u/" + "A".repeat(32)).statusCode());
    }

    @Test
    void mailWaitsWhileSmtpIsDownAndGoesOutExactlyOnceAfterItReturns() {
        Contact contact = newContact();
        Mailbox.stopSmtp();
        long id;
        String key;
        try {
            id = create(handover(contact, consent(false, false, false, false, false))).getJsonNumber("id").longValue();
            key = "handover-" + id + "-request-0-partner";
            JsonObject failing = awaitMail(key, mail -> mail.getInt("attempts") >= 1);
            assertEquals("PENDING", failing.getString("state"));
            assertFalse(failing.isNull("lastError"));
            assertEquals("…@partner.test", failing.getString("recipient"), "admin sees the domain, not the person");
            assertTrue(Kompass.array(ADMIN.get("/api/outbox")).stream()
                    .anyMatch(m -> m.asJsonObject().getString("dedupKey").equals(key)), "listed as a problem");
            assertEquals(403, COUNSELLOR.get("/api/outbox").statusCode());
        } finally {
            Mailbox.startSmtp();
        }
        JsonObject sent = awaitMail(key, mail -> mail.getString("state").equals("SENT"));
        List<MimeMessage> received = Mailbox.messagesTo(contact.email());
        assertEquals(1, received.size(), "exactly once");
        assertTrue(Mailbox.messageId(received.get(0)).startsWith("<kompass." + sent.getJsonNumber("id").longValue() + "."),
                Mailbox.messageId(received.get(0)));
        assertEquals(409, ADMIN.post("/api/outbox/" + sent.getJsonNumber("id").longValue() + "/retry", "").statusCode(),
                "a sent mail is never sent again");
        assertEquals(404, ADMIN.post("/api/outbox/987654321987/retry", "").statusCode());
    }

    @Test
    void theCounsellorsFeedListsTheHandoverAndCanBeRenewedAndRevoked() {
        Contact contact = newContact();
        String number = create(handover(contact, consent(false, false, false, false, false))).getString("number");
        HttpResponse<String> issued = COUNSELLOR.post("/api/me/calendar-feed", "");
        assertEquals(201, issued.statusCode(), issued.body());
        String path = Kompass.object(issued).getString("path");
        HttpResponse<String> feed = Kompass.anonymous().get(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.body().contains("METHOD:PUBLISH") && feed.body().replace("\r\n ", "").contains(number), feed.body());
        assertFalse(feed.body().contains("Jürgen"), "no client in the feed");

        String renewed = Kompass.object(COUNSELLOR.post("/api/me/calendar-feed", "")).getString("path");
        assertEquals(404, Kompass.anonymous().get(path).statusCode(), "the old address stops");
        assertEquals(204, COUNSELLOR.send("DELETE", "/api/me/calendar-feed").statusCode());
        assertEquals(404, Kompass.anonymous().get(renewed).statusCode(), "revoked");
    }

    @Test
    void partnersAreListedWithTheirContactsAndOnlyAdminMaintainsThem() {
        HttpResponse<String> list = COUNSELLOR.get("/api/partners?office=ilmenau");
        assertEquals(200, list.statusCode(), list.body());
        JsonObject sucht = Kompass.array(list).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals("suchtberatung-ilmenau")).findFirst().orElseThrow();
        assertEquals("ADDICTION", sucht.getString("type"));
        assertEquals("Herr Jörg Schäfer", sucht.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertTrue(Kompass.array(list).stream().noneMatch(p -> p.asJsonObject().getString("id").equals(partnerId)),
                "the test partner serves Arnstadt only");
        assertEquals(403, COUNSELLOR.post("/api/partners/" + partnerId + "/contacts",
                "{\"name\":\"X\",\"email\":\"x@partner.test\"}").statusCode());
        assertEquals(401, Kompass.anonymous().get("/api/partners").statusCode());
    }

    @Test
    void badHandoversAreRefusedWithASentence() {
        Contact contact = newContact();
        HttpResponse<String> past = COUNSELLOR.post("/api/handovers", handover(contact, consent(false, false, false, false, false))
                .add("start", inDays(-1, 10)).build().toString());
        assertEquals(400, past.statusCode(), past.body());
        assertTrue(past.body().contains("Vergangenheit"), past.body());
        HttpResponse<String> reception = Kompass.as("empfang-arnstadt").post("/api/handovers",
                handover(contact, consent(false, false, false, false, false)).build().toString());
        assertEquals(403, reception.statusCode(), reception.body());
        HttpResponse<String> otherOffice = Kompass.as("beratung-ilmenau").post("/api/handovers",
                handover(contact, consent(false, false, false, false, false)).build().toString());
        assertEquals(400, otherOffice.statusCode(), otherOffice.body());
    }

    static JsonObject awaitState(long id, String state) {
        Instant end = Instant.now().plus(DEADLINE);
        JsonObject last = view(id);
        while (!last.getString("state").equals(state) && Instant.now().isBefore(end)) {
            pause();
            last = view(id);
        }
        assertEquals(state, last.getString("state"), last.toString());
        return last;
    }

    static JsonObject awaitMail(String key, Predicate<JsonObject> wanted) {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject last = null;
        while (Instant.now().isBefore(end)) {
            JsonArray mails = Kompass.array(ADMIN.get("/api/outbox?key=" + key));
            last = mails.isEmpty() ? null : mails.getJsonObject(0);
            if (last != null && wanted.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("outbox mail " + key + " not as expected: " + last);
    }

    /** Subject, headers and every decoded part of the mail, as one text. */
    static String allText(Part part) {
        try {
            StringBuilder text = new StringBuilder();
            if (part instanceof MimeMessage message) {
                text.append(message.getSubject()).append('\n');
            }
            for (Header header : Collections.list(part.getAllHeaders())) {
                text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(allText(multipart.getBodyPart(i)));
                }
            } else {
                try (InputStream in = part.getInputStream()) {
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", ""));
                }
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
}

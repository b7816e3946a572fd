package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administration pages' forms, driven as a browser without JavaScript sends them (form posts, redirects,
 * session cookie), and their effects where they count: slot search, logins, the queue, the office directory.
 */
class AdministrationIT {

    private static final Kompass ADMIN = Kompass.as("admin");
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/intern/admin/", "/intern/admin/anlaufstellen.xhtml", "/intern/admin/anlaufstelle.xhtml?id=arnstadt",
            "/intern/admin/anliegen.xhtml", "/intern/admin/konten.xhtml", "/intern/admin/konto.xhtml?name=admin",
            "/intern/admin/partner.xhtml", "/intern/admin/einstellungen.xhtml"})
    void adminPagesAreForAdminOnly(String page) {
        HttpResponse<String> shown = ADMIN.get(page);
        assertEquals(200, shown.statusCode(), shown.body());
        assertFalse(shown.body().contains("Exception"), shown.body());
        assertEquals(403, Kompass.as("empfang-arnstadt").get(page).statusCode());
        assertEquals(403, Kompass.as("beratung-ilmenau").get(page).statusCode());
        assertEquals(302, Kompass.anonymous().get(page).statusCode(), "to the login page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"einstellungen-aktion", "anliegen-aktion", "konten-aktion", "anlaufstellen-aktion", "partner-aktion"})
    void adminFormsRefuseOtherRolesAndChangeNothing(String form) {
        HttpResponse<String> refused = Kompass.as("beratung-arnstadt").form("/intern/admin/" + form,
                "kompass.queue.max-calls", "1", "aktion", "deaktivieren", "username", "admin", "nameDe", "x", "nameEn", "y",
                "minutes", "30");
        assertEquals(403, refused.statusCode());
        assertTrue(ADMIN.get("/intern/admin/einstellungen.xhtml").body().contains("kompass.queue.max-calls"));
        assertEquals(200, ADMIN.get("/api/me").statusCode(), "admin still active");
    }

    @Test
    void startPageLinksAdministrationForAdminsOnly() {
        assertTrue(ADMIN.get("/intern/start").body().contains("id=\"administration\""));
        assertFalse(Kompass.as("empfang-arnstadt").get("/intern/start").body().contains("id=\"administration\""));
        assertTrue(Kompass.as("empfang-arnstadt").get("/intern/start").body().contains("id=\"own-password\""));
    }

    @Test
    void concernDurationAndOnlineBookingCountForTheNextSlotSearch() {
        String name = "Testanliegen " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = ADMIN.form("/intern/admin/anliegen-aktion", "nameDe", name, "nameEn", name + " (en)",
                "minutes", "30", "bookableOnline", "on");
        assertEquals(303, created.statusCode(), created.body());
        String id = location(created).replaceAll(".*#anliegen-", "");
        try {
            assertSlotsLast(id, 30);

            changeConcern(id, name, "90", true, true);
            assertSlotsLast(id, 90);

            HttpResponse<String> tooShort = changeConcern(id, name, "5", true, true);
            assertEquals(400, tooShort.statusCode());
            assertTrue(tooShort.body().contains("zwischen 10 und 240 Minuten"), tooShort.body());
            HttpResponse<String> tooLong = changeConcern(id, name, "241", true, true);
            assertEquals(400, tooLong.statusCode());
            HttpResponse<String> noName = ADMIN.form("/intern/admin/anliegen-aktion", "id", id, "nameDe", " ", "nameEn", "x",
                    "minutes", "30", "bookableOnline", "on", "active", "on");
            assertEquals(400, noName.statusCode());
            HttpResponse<String> duplicate = ADMIN.form("/intern/admin/anliegen-aktion", "nameDe", "Ver-/Überschuldung",
                    "nameEn", "whatever", "minutes", "30");
            assertEquals(409, duplicate.statusCode());
            assertTrue(duplicate.body().contains("gibt es schon"), duplicate.body());
            assertSlotsLast(id, 90);

            changeConcern(id, name, "90", false, true);
            HttpResponse<String> notOnline = Kompass.anonymous().get("/api/offices/arnstadt/slots?concern=" + id);
            assertEquals(400, notOnline.statusCode());
            assertEquals("urn:kompass:problem:concern-not-online", Kompass.object(notOnline).getString("type"));
            assertFalse(Kompass.anonymous().get("/termin?office=arnstadt").body().contains(name), "not offered online");
        } finally {
            changeConcern(id, name, "90", false, false);
        }
        assertEquals(400, Kompass.anonymous().get("/api/offices/arnstadt/slots?concern=" + id).statusCode(), "inactive");
    }

    private static HttpResponse<String> changeConcern(String id, String name, String minutes, boolean online, boolean active) {
        List<String> fields = new ArrayList<>(List.of("id", id, "nameDe", name, "nameEn", name + " (en)", "minutes", minutes));
        if (online) {
            fields.addAll(List.of("bookableOnline", "on"));
        }
        if (active) {
            fields.addAll(List.of("active", "on"));
        }
        return ADMIN.form("/intern/admin/anliegen-aktion", fields.toArray(String[]::new));
    }

    private static void assertSlotsLast(String concern, int minutes) {
        HttpResponse<String> response = Kompass.anonymous().get("/api/offices/arnstadt/slots?concern=" + concern);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject slots = Kompass.object(response);
        assertEquals(minutes, slots.getInt("durationMinutes"));
        assertFalse(slots.getJsonArray("slots").isEmpty(), "demo plans offer times");
        JsonObject first = slots.getJsonArray("slots").getJsonObject(0);
        assertEquals(Duration.ofMinutes(minutes), Duration.between(OffsetDateTime.parse(first.getString("start")),
                OffsetDateTime.parse(first.getString("end"))));
    }

    @Test
    void newAccountLogsInWithItsOneTimePasswordChoosesItsOwnAndCanBeDeactivated() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", username,
                "displayName", "Test Person", "email", "", "role", "COUNSELLOR", "office", "arnstadt");
        assertEquals(303, created.statusCode(), created.body());
        String oneTime = oneTimePassword(location(created));
        assertFalse(ADMIN.get(location(created)).body().contains("one-time-password"), "shown only once");
        assertEquals(401, Kompass.as(username, "demo").get("/api/me").statusCode());

        Kompass person = Kompass.as(username, oneTime);
        assertEquals(200, person.get("/api/me").statusCode());
        HttpResponse<String> start = person.get("/intern/start");
        assertEquals(302, start.statusCode());
        assertTrue(start.headers().firstValue("Location").orElse("").contains("/intern/passwort.xhtml?neu"));
        assertEquals(200, person.get("/intern/passwort.xhtml?neu").statusCode());

        HttpResponse<String> mismatch = person.form("/intern/passwort-aktion", "current", oneTime,
                "new", "Mein eigenes Passwort", "repeat", "Mein anderes Passwort");
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains("nicht gleich"), mismatch.body());
        HttpResponse<String> changed = person.form("/intern/passwort-aktion", "current", oneTime,
                "new", "Mein eigenes Passwort", "repeat", "Mein eigenes Passwort");
        assertEquals(303, changed.statusCode(), changed.body());
        Kompass own = Kompass.as(username, "Mein eigenes Passwort");
        assertEquals(200, own.get("/intern/start").statusCode(), "no longer sent to the password page");
        assertEquals(401, Kompass.as(username, oneTime).get("/api/me").statusCode());

        HttpResponse<String> reset = ADMIN.form("/intern/admin/konten-aktion", "aktion", "passwort", "username", username);
        assertEquals(303, reset.statusCode());
        String second = oneTimePassword(location(reset));
        assertEquals(401, Kompass.as(username, "Mein eigenes Passwort").get("/api/me").statusCode(), "old one gone");
        Kompass again = Kompass.as(username, second);
        assertEquals(200, again.get("/api/me").statusCode());
        assertEquals(303, again.form("/intern/passwort-aktion", "current", second, "new", "Noch ein Passwort",
                "repeat", "Noch ein Passwort").statusCode());

        Kompass browser = Kompass.as(username, "Noch ein Passwort");
        assertEquals(200, browser.get("/intern/start").statusCode());
        Kompass session = browser.sessionOnly();
        assertEquals(200, session.get("/intern/start").statusCode(), "the session alone carries the login");

        assertEquals(303, ADMIN.form("/intern/admin/konten-aktion", "aktion", "deaktivieren", "username", username).statusCode());
        assertEquals(401, Kompass.as(username, "Noch ein Passwort").get("/api/me").statusCode(), "login refused");
        HttpResponse<String> ended = session.get("/intern/start");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/login?deaktiviert"));
        assertEquals(302, session.get("/intern/start").statusCode(), "session is gone");

        assertEquals(303, ADMIN.form("/intern/admin/konten-aktion", "aktion", "reaktivieren", "username", username).statusCode());
        assertEquals(200, Kompass.as(username, "Noch ein Passwort").get("/api/me").statusCode());
    }

    @Test
    void accountFormsRefuseBadInputAndKeepTheLastAdministrator() {
        assertRefused(409, "letzte aktive Konto", ADMIN.form("/intern/admin/konten-aktion", "aktion", "aendern", "username", "admin",
                "displayName", "Verwaltung", "role", "COUNSELLOR", "office", "arnstadt"));
        assertRefused(409, "eigene Konto", ADMIN.form("/intern/admin/konten-aktion", "aktion", "deaktivieren", "username", "admin"));
        assertRefused(400, "Rolle „KING“", ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", "it-king",
                "displayName", "King", "role", "KING", "office", "arnstadt"));
        assertRefused(400, "Rolle", ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", "it-norole",
                "displayName", "Nobody", "office", "arnstadt"));
        assertRefused(400, "Namen", ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", "it-noname",
                "displayName", " ", "role", "RECEPTION", "office", "arnstadt"));
        assertRefused(409, "gibt es schon", ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen",
                "username", "empfang-arnstadt", "displayName", "Doppelt", "role", "RECEPTION", "office", "arnstadt"));
        assertRefused(404, "gibt es nicht", ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", "it-nowhere",
                "displayName", "Nowhere", "role", "RECEPTION", "office", "atlantis"));
        for (String never : List.of("it-king", "it-norole", "it-noname", "it-nowhere")) {
            assertEquals(404, ADMIN.get("/intern/admin/konto.xhtml?name=" + never).statusCode(), never + " not created");
        }
        JsonObject me = Kompass.object(ADMIN.get("/api/me"));
        assertEquals("ADMIN", me.getJsonArray("roles").getString(0), "admin keeps the role");
    }

    @Test
    void recallCountFromTheSettingsPageCountsAtOnce() {
        try {
            assertEquals(303, ADMIN.form("/intern/admin/einstellungen-aktion", "kompass.queue.max-calls", "2").statusCode());
            assertTrue(ADMIN.get("/intern/admin/einstellungen.xhtml").body().contains("value=\"2\""));
            assertRefused(400, "von 1 bis 10", ADMIN.form("/intern/admin/einstellungen-aktion", "kompass.queue.max-calls", "0",
                    "kompass.booking.window", "28"));
            assertRefused(400, "ganze Zahl", ADMIN.form("/intern/admin/einstellungen-aktion", "kompass.booking.window", "viele"));
            assertTrue(ADMIN.get("/intern/admin/einstellungen.xhtml").body().contains("value=\"2\""), "unchanged");

            Kompass reception = Kompass.as("empfang-ilmenau");
            Kompass counsellor = Kompass.as("beratung-ilmenau");
            drain(counsellor);
            long id = Kompass.object(reception.post("/api/offices/ilmenau/tickets", "{}")).getJsonNumber("id").longValue();
            HttpResponse<String> called = counsellor.post("/api/offices/ilmenau/desks/raum-1/call-next", "");
            assertEquals(200, called.statusCode(), called.body());
            assertEquals(200, counsellor.post("/api/tickets/" + id + "/recall", "").statusCode());
            HttpResponse<String> third = counsellor.post("/api/tickets/" + id + "/recall", "");
            assertEquals(409, third.statusCode(), "two calls are the limit now");
            assertEquals("urn:kompass:problem:ticket-too-many-calls", Kompass.object(third).getString("type"));
            counsellor.post("/api/tickets/" + id + "/no-show", "");
        } finally {
            assertEquals(303, ADMIN.form("/intern/admin/einstellungen-aktion", "kompass.queue.max-calls", "3").statusCode());
        }
    }

    private static void drain(Kompass counsellor) {
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> next = counsellor.post("/api/offices/ilmenau/desks/raum-1/call-next", "");
            if (next.statusCode() != 200) {
                return;
            }
            counsellor.post("/api/tickets/" + Kompass.object(next).getJsonNumber("id").longValue() + "/no-show", "");
        }
    }

    @Test
    void newOfficeWithRoomAndHoursWorksForTheQueueAndBadInputChangesNothing() {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 6);
        String prefix = "" + (char) ('B' + ThreadLocalRandom.current().nextInt(20)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        assertRefused(409, "Buchstaben „A“", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "anlegen", "id", id,
                "name", "KOMPASS Test", "prefix", "A", "street", "Teststraße 1", "postalCode", "99310", "city", "Arnstadt",
                "phone", "03628 1"));
        assertRefused(400, "5 Ziffern", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "anlegen", "id", id,
                "name", "KOMPASS " + id, "prefix", prefix, "street", "Teststraße 1", "postalCode", "9931", "city", "Arnstadt"));
        assertRefused(409, "heißt schon", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "anlegen", "id", id,
                "name", "KOMPASS Arnstadt", "prefix", prefix, "street", "Teststraße 1", "postalCode", "99310", "city", "Arnstadt",
                "phone", "03628 1"));
        assertRefused(400, "braucht eine Telefonnummer", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "anlegen",
                "id", id, "name", "KOMPASS Zz-Test " + id, "prefix", prefix, "street", "Teststraße 1", "postalCode", "99310",
                "city", "Arnstadt", "phone", " "));
        assertEquals(404, Kompass.anonymous().get("/api/offices/" + id).statusCode(), "nothing created");

        HttpResponse<String> created = ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "anlegen", "id", id,
                "name", "KOMPASS Zz-Test " + id, "prefix", prefix.toLowerCase(Locale.ROOT), "street", "Teststraße 1",
                "postalCode", "99310", "city", "Arnstadt", "phone", "03628 12345");
        assertEquals(303, created.statusCode(), created.body());
        assertEquals(303, ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "raum-neu", "office", id,
                "deskName", "Beratungsraum Süd").statusCode());
        assertRefused(409, "gibt es in dieser Anlaufstelle schon", ADMIN.form("/intern/admin/anlaufstellen-aktion",
                "aktion", "raum-neu", "office", id, "deskName", "beratungsraum süd"));
        assertEquals(303, ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "oeffnungszeiten", "office", id,
                "day-1", "9-12, 13:00-16:00", "day-3", "09.30-12").statusCode());
        assertRefused(400, "Dienstag", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "oeffnungszeiten", "office", id,
                "day-1", "", "day-2", "12:00-09:00"));

        JsonObject office = Kompass.object(Kompass.anonymous().get("/api/offices/" + id));
        assertEquals(prefix, office.getString("ticketPrefix"));
        assertEquals("beratungsraum-sued", office.getJsonArray("desks").getJsonObject(0).getString("id"));
        assertEquals(3, office.getJsonArray("openingHours").size(), "Monday twice, Wednesday once; the refused change kept them");
        assertTrue(ADMIN.get("/intern/admin/anlaufstelle.xhtml?id=" + id).body().contains("09:30-12:00"));

        HttpResponse<String> account = ADMIN.form("/intern/admin/konten-aktion", "aktion", "anlegen", "username", id + "-team",
                "displayName", "Team", "role", "RECEPTION", "role", "COUNSELLOR", "office", id);
        Kompass team = Kompass.as(id + "-team", oneTimePassword(location(account)));
        HttpResponse<String> ticket = team.post("/api/offices/" + id + "/tickets", "{}");
        assertEquals(201, ticket.statusCode(), ticket.body());
        assertTrue(Kompass.object(ticket).getString("number").startsWith(prefix + "-"));
        HttpResponse<String> called = team.post("/api/offices/" + id + "/desks/beratungsraum-sued/call-next", "");
        assertEquals(200, called.statusCode(), called.body());
        assertEquals("Beratungsraum Süd", Kompass.object(called).getString("deskName"));
    }

    @Test
    void closureDayEnteredAndTakenBack() {
        String day = LocalDate.now().plusDays(40).toString();
        assertEquals(303, ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "schliessen", "office", "ilmenau",
                "day", day, "reason", "Teamtag").statusCode());
        assertTrue(closures().contains(day));
        assertTrue(ADMIN.get("/intern/admin/anlaufstelle.xhtml?id=ilmenau").body().contains("Teamtag"));
        assertEquals(303, ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "oeffnen", "office", "ilmenau",
                "day", day).statusCode());
        assertFalse(closures().contains(day));
        assertRefused(404, "keine Schließung", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "oeffnen",
                "office", "ilmenau", "day", day));
        assertRefused(400, "kein Datum", ADMIN.form("/intern/admin/anlaufstellen-aktion", "aktion", "schliessen",
                "office", "ilmenau", "day", "morgen"));
    }

    private static String closures() {
        String from = LocalDate.now().toString();
        String to = LocalDate.now().plusDays(60).toString();
        return ADMIN.get("/api/offices/ilmenau/availability?from=" + from + "&to=" + to).body();
    }

    @Test
    void partnerWithContactPersons() {
        String id = "it-partner-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(303, ADMIN.form("/intern/admin/partner-aktion", "aktion", "anlegen", "id", id, "name", "Testpartner " + id,
                "type", "MIGRATION", "street", "Weg 2", "postalCode", "98693", "city", "Ilmenau", "office", "ilmenau").statusCode());
        assertRefused(409, "gibt es schon", ADMIN.form("/intern/admin/partner-aktion", "aktion", "anlegen", "id", id,
                "name", "Nochmal", "type", "OTHER", "street", "Weg 2", "postalCode", "98693", "city", "Ilmenau", "office", "ilmenau"));
        assertEquals(303, ADMIN.form("/intern/admin/partner-aktion", "aktion", "kontakt-neu", "partner", id,
                "contactName", "Frau Test", "contactEmail", "test@partner.example").statusCode());
        assertRefused(400, "keine gültige Adresse", ADMIN.form("/intern/admin/partner-aktion", "aktion", "kontakt-neu",
                "partner", id, "contactName", "Herr Test", "contactEmail", "kein at"));
        JsonObject partner = Kompass.object(ADMIN.get("/api/partners/" + id));
        assertEquals(1, partner.getJsonArray("contacts").size());
        long contact = partner.getJsonArray("contacts").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(ADMIN.get("/intern/admin/partner.xhtml").body().contains("Frau Test"));

        assertEquals(303, ADMIN.form("/intern/admin/partner-aktion", "aktion", "kontakt-entfernen", "partner", id,
                "contact", Long.toString(contact)).statusCode());
        assertTrue(Kompass.object(ADMIN.get("/api/partners/" + id)).getJsonArray("contacts").isEmpty(), "only active ones");
        assertFalse(ADMIN.get("/intern/admin/partner.xhtml").body().contains("Frau Test"));

        assertEquals(303, ADMIN.form("/intern/admin/partner-aktion", "aktion", "aendern", "partner", id, "name", "Umbenannt " + id,
                "type", "DEBT_COUNSELLING", "street", "Neuer Weg 5", "postalCode", "99310", "city", "Arnstadt",
                "phone", "03628 123", "office", "arnstadt").statusCode());
        JsonObject changed = Kompass.object(ADMIN.get("/api/partners/" + id));
        assertEquals("Umbenannt " + id, changed.getString("name"));
        assertTrue(changed.toString().contains("Neuer Weg 5"), changed.toString());
        assertRefused(400, "", ADMIN.form("/intern/admin/partner-aktion", "aktion", "aendern", "partner", id, "name", " ",
                "type", "OTHER", "street", "Weg", "postalCode", "1", "city", "X", "office", "arnstadt"));
        assertEquals("Umbenannt " + id, Kompass.object(ADMIN.get("/api/partners/" + id)).getString("name"), "refused: unchanged");

        assertEquals(303, ADMIN.form("/intern/admin/partner-aktion", "aktion", "deaktivieren", "partner", id).statusCode());
        assertFalse(ADMIN.get("/api/partners").body().contains(id), "no longer offered for handovers");
        assertFalse(ADMIN.get("/intern/admin/partner.xhtml").body().contains("Umbenannt " + id));
    }

    @Test
    void ownPasswordPageRefusesAWrongCurrentPassword() {
        HttpResponse<String> refused = Kompass.as("empfang-ilmenau").form("/intern/passwort-aktion", "current", "falsch",
                "new", "Ein neues Passwort", "repeat", "Ein neues Passwort");
        assertRefused(400, "bisherige Passwort stimmt nicht", refused);
        assertEquals(200, Kompass.as("empfang-ilmenau").get("/api/me").statusCode(), "unchanged");
    }

    private static void assertRefused(int status, String sentence, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"problem\""), response.body());
        assertTrue(response.body().contains(sentence), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return URLDecoder.decode(location.replaceFirst("^https?://[^/]+", ""), StandardCharsets.UTF_8);
    }

    /** Opens the account page the form redirected to (same session) and reads the one-time password shown there. */
    private static String oneTimePassword(String accountPage) {
        Matcher matcher = ONE_TIME.matcher(ADMIN.get(accountPage).body());
        assertTrue(matcher.find(), "one-time password shown");
        return matcher.group(1);
    }
}

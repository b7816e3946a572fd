package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More than a thousand malformed or hostile requests to the public endpoints and pages: wrong types, huge
 * bodies, impossible dates, unknown ids, script in text fields, broken JSON, invalid tokens. None may be answered
 * with a 500, none may echo the script back unescaped, and afterwards the data is exactly as before.
 */
class HostileRequestsIT {

    private static final String SCRIPT = "<script>alert('kompass')</script>";
    private static final String HUGE = "A".repeat(300_000);

    /** Values that are wrong for almost any field. */
    private static final List<String> HOSTILE = List.of(
            "", " ", SCRIPT, "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "1; DROP TABLE appointment;--",
            "../../../../etc/passwd", "%00", "\u0000", "-1", "0", "99999999999999999999999", "2026-02-30",
            "2026-13-01T25:61:00Z", "NaN", "null", "true", "[]", "{}", "\uD83D\uDE00".repeat(500), HUGE, "\u202Eevil",
            "${7*7}", "#{7*7}", "arnstadt\r\nX-Injected: yes");

    /** Bodies that are not the JSON object the API expects. */
    private static final List<String> BROKEN_JSON = List.of(
            "", "{", "}", "[", "{\"office\":", "{\"office\" \"arnstadt\"}", "null", "42", "\"text\"", "[1,2,3]",
            "{\"office\":[],\"concern\":{},\"start\":12,\"name\":true}", "{'office':'arnstadt'}", "<xml/>",
            "{\"a\":" .repeat(2_000) + "1" + "}".repeat(2_000), "{\"name\":\"" + HUGE.repeat(7) + "\"}",
            "\uFEFF{}", "{\"start\":\"morgen\"}", "{\"office\":\"arnstadt\",\"concern\":\"schulden\",\"start\":\"2026-02-30T10:00:00Z\",\"name\":\"X\"}");

    private static final List<String> BOOKING_FIELDS = List.of("office", "concern", "start", "name", "email", "phone", "language");

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void aThousandHostileRequestsChangeNothingAndNeverFail() {
        String before = fingerprint();

        jsonApi();
        tokensAndIds();
        queries();
        pages();
        forms();

        assertTrue(sent >= 1000, "sent only " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were wrong:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        String after = fingerprint();
        assertEquals(before, after, "the hostile requests changed data");
        assertFalse(after.contains("<script") || after.contains("onerror"), "script was stored");
    }

    @Test
    void aNameWithMarkupIsRefusedEvenForAFreeSlot() {
        JsonObject slot = Citizen.someSlot("ilmenau", "schulden", 0);
        Citizen citizen = new Citizen();
        HttpResponse<String> answer = citizen.book(citizen.booking("ilmenau", "schulden", slot.getString("start")).add("name", SCRIPT));
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("urn:kompass:problem:name-markup", Kompass.object(answer).getString("type"));
    }

    private void jsonApi() {
        for (String body : BROKEN_JSON) {
            expectRefused("POST /api/bookings", post("/api/bookings", body, "application/json"));
        }
        JsonObject valid = validBooking();
        for (String field : BOOKING_FIELDS) {
            for (String value : HOSTILE) {
                if (field.equals("language") && value.isBlank()) {
                    continue; // a missing language is fine and would make a valid booking
                }
                String body = Json.createObjectBuilder(valid).add(field, value).build().toString();
                expectRefused("POST /api/bookings " + field, post("/api/bookings", body, "application/json"));
            }
            for (String wrongType : List.of("12", "true", "[\"a\"]", "{\"x\":1}")) {
                String body = valid.toString().replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + wrongType);
                expectRefused("POST /api/bookings " + field + " as " + wrongType, post("/api/bookings", body, "application/json"));
            }
        }
        expectRefused("POST /api/bookings as a form", post("/api/bookings", "office=arnstadt", "application/x-www-form-urlencoded"));
        expectRefused("POST /api/bookings as xml", post("/api/bookings", "<booking/>", "application/xml"));
    }

    private void tokensAndIds() {
        for (String token : HOSTILE) {
            String path = segment(token);
            if (path.isEmpty()) {
                continue;
            }
            expectNoFailure("GET /api/bookings/", anonymous().get("/api/bookings/" + path));
            expectNoFailure("GET calendar.ics", anonymous().get("/api/bookings/" + path + "/calendar.ics"));
            expectRefused("POST cancel", post("/api/bookings/" + path + "/cancel", "{}", "application/json"));
            expectRefused("POST reschedule", post("/api/bookings/" + path + "/reschedule", "{\"start\":\"" + json(token) + "\"}", "application/json"));
            expectNoFailure("GET /api/tickets/status/", anonymous().get("/api/tickets/status/" + path));
            expectNoFailure("GET /api/offices/", anonymous().get("/api/offices/" + path));
            expectNoFailure("GET /ical/", anonymous().get("/ical/" + path));
        }
    }

    private void queries() {
        for (String value : HOSTILE) {
            String q = query(value);
            expectNoFailure("slots concern", anonymous().get("/api/offices/arnstadt/slots?concern=" + q));
            expectNoFailure("slots from", anonymous().get("/api/offices/arnstadt/slots?concern=schulden&from=" + q));
            expectNoFailure("slots to", anonymous().get("/api/offices/ilmenau/slots?concern=schulden&to=" + q));
            expectNoFailure("slots scope", anonymous().get("/api/offices/ilmenau/slots?concern=schulden&scope=" + q));
        }
    }

    private void pages() {
        for (String value : HOSTILE) {
            String q = query(value);
            for (String parameter : List.of("office", "concern", "day", "start", "lang")) {
                expectNoFailure("GET /termin " + parameter, anonymous().get("/termin?office=arnstadt&concern=schulden&" + parameter + "=" + q));
            }
            String path = segment(value);
            if (!path.isEmpty()) {
                for (String page : List.of("/b/", "/t/", "/u/", "/anzeige/")) {
                    expectNoFailure("GET " + page, anonymous().get(page + path));
                }
            }
        }
    }

    private void forms() {
        Map<String, List<String>> handlers = Map.of(
                "/termin/buchen", List.of("office", "concern", "start", "name", "email", "phone", "website", "lang"),
                "/termin/absagen", List.of("token", "lang"),
                "/termin/verschieben", List.of("token", "start", "lang"),
                "/uebergabe/antwort", List.of("token", "answer", "lang"),
                "/login", List.of("username", "password", "next"));
        handlers.forEach((path, fields) -> {
            for (String field : fields) {
                for (String value : HOSTILE) {
                    StringBuilder form = new StringBuilder("office=arnstadt&concern=schulden&name=Test&token=AAAA");
                    form.append('&').append(field).append('=').append(query(value));
                    HttpResponse<String> answer = post(path, form.toString(), "application/x-www-form-urlencoded");
                    if (path.equals("/login")) {
                        expectNoFailure("POST /login " + field, answer); // the login page again, nobody logged in
                        assertFalse(answer.headers().firstValue("Location").orElse("").contains("/intern"), "logged in");
                    } else {
                        expectRefused("POST " + path + " " + field, answer);
                    }
                }
            }
        });
    }

    /** A well-formed booking whose only fault is its start time: a minute no slot ever starts at. */
    private static JsonObject validBooking() {
        String start = LocalDate.now().plusDays(9) + "T07:01:00Z";
        return Json.createObjectBuilder().add("office", "arnstadt").add("concern", "schulden").add("start", start)
                .add("name", "Test").add("email", "feindlich@example.org").add("phone", "0361 123456")
                .add("language", "de").build();
    }

    /** The request may be answered with anything but a server error, and must not echo script unescaped. */
    private void expectNoFailure(String what, HttpResponse<String> answer) {
        sent++;
        if (answer.statusCode() >= 500) {
            failures.add(what + " → " + answer.statusCode() + " " + abbreviated(answer.body()));
        } else if (answer.body().contains(SCRIPT) || answer.body().contains("<img src=x onerror")) {
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                failures.add(what + " → script echoed unescaped into a page");
            }
        }
    }

    /** As {@link #expectNoFailure}, and it must be refused: no 2xx (nothing was stored or changed). */
    private void expectRefused(String what, HttpResponse<String> answer) {
        expectNoFailure(what, answer);
        if (answer.statusCode() < 300) {
            failures.add(what + " → accepted with " + answer.statusCode() + " " + abbreviated(answer.body()));
        }
    }

    /** What a hostile request could have changed: the bookings and queues of both offices, as staff see them. */
    private static String fingerprint() {
        Kompass admin = Kompass.as("admin");
        StringBuilder all = new StringBuilder();
        String from = LocalDate.now().minusDays(1).toString();
        String to = LocalDate.now().plusDays(60).toString();
        for (String office : List.of("arnstadt", "ilmenau")) {
            HttpResponse<String> appointments = admin.get("/api/offices/" + office + "/appointments?from=" + from + "&to=" + to);
            assertEquals(200, appointments.statusCode(), appointments.body());
            Kompass.array(appointments).forEach(a -> all.append(a.asJsonObject().getString("reference")).append(' ')
                    .append(a.asJsonObject().getString("name", "")).append('\n'));
            HttpResponse<String> queue = admin.get("/api/offices/" + office + "/queue");
            assertEquals(200, queue.statusCode(), queue.body());
            Kompass.object(queue).getJsonArray("tickets").forEach(t -> all.append(t.asJsonObject().getString("number")).append('\n'));
        }
        return all.toString();
    }

    private static Kompass anonymous() {
        return Kompass.anonymous();
    }

    /** From an address of its own, so the per-address limit on public POSTs does not answer for the server. */
    private static HttpResponse<String> post(String path, String body, String type) {
        String address = "10.66." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return Kompass.anonymous().post(path, body, "Content-Type", type, "X-Forwarded-For", address);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", "");
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}

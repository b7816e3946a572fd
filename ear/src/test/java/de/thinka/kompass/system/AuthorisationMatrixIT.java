package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every staff endpoint and page × every role × own/other office × anonymous. The endpoints come from the
 * application itself: the REST API from its OpenAPI document, pages from the web module's .xhtml files, form
 * handlers from its {@code @WebServlet} declarations. An endpoint missing from the rules below fails the test,
 * so a new one cannot be forgotten.
 */
class AuthorisationMatrixIT {

    enum Caller {
        ANONYMOUS(null, Set.of(), Set.of()),
        ADMIN("admin", Set.of("ADMIN"), Set.of("arnstadt", "ilmenau")),
        RECEPTION("empfang-arnstadt", Set.of("RECEPTION"), Set.of("arnstadt")),
        COUNSELLOR("beratung-arnstadt", Set.of("COUNSELLOR"), Set.of("arnstadt"));

        final String username;
        final Set<String> roles;
        final Set<String> offices;

        Caller(String username, Set<String> roles, Set<String> offices) {
            this.username = username;
            this.roles = roles;
            this.offices = offices;
        }

        Kompass client() {
            return username == null ? Kompass.anonymous() : Kompass.as(username);
        }
    }

    /** A data subject request for someone of whom nothing is stored. */
    private static final String NOBODY = "{\"query\":\"niemand-matrix@example.org\"}";

    private static final Set<String> ANY_ROLE = Set.of("ADMIN", "RECEPTION", "COUNSELLOR");

    /**
     * Who may call an endpoint, and what a permitted caller gets with the placeholder values below (unknown ids,
     * empty bodies): the answer proves the request passed the checks of who is calling and reached the business.
     *
     * @param officeBound the caller must work for the office in the path
     * @param roles       one of these roles; empty: public
     * @param permitted   the status a permitted caller gets
     * @param body        the request body (POST); null: none
     */
    record Rule(boolean officeBound, Set<String> roles, int permitted, String body) {

        static Rule everyone(int permitted) {
            return new Rule(false, Set.of(), permitted, "{}");
        }

        static Rule staff(int permitted) {
            return new Rule(false, ANY_ROLE, permitted, "{}");
        }

        static Rule office(int permitted, String... roles) {
            return new Rule(true, roles.length == 0 ? ANY_ROLE : Set.of(roles), permitted, "{}");
        }

        static Rule role(int permitted, String... roles) {
            return new Rule(false, Set.of(roles), permitted, "{}");
        }

        Rule body(String json) {
            return new Rule(officeBound, roles, permitted, json);
        }

        boolean isPublic() {
            return roles.isEmpty();
        }

        int expected(Caller caller, String office) {
            if (isPublic()) {
                return permitted;
            }
            if (caller == Caller.ANONYMOUS) {
                return 401;
            }
            boolean ownOffice = !officeBound || caller.offices.contains(office);
            boolean hasRole = roles.stream().anyMatch(caller.roles::contains);
            return ownOffice && hasRole ? permitted : 403;
        }
    }

    /** The REST API: "METHOD path" as in the OpenAPI document. */
    private static final Map<String, Rule> API = Map.ofEntries(
            Map.entry("GET /api/offices", Rule.everyone(200)),
            Map.entry("GET /api/offices/{office}", Rule.everyone(200)),
            Map.entry("GET /api/concerns", Rule.everyone(200)),
            Map.entry("GET /api/offices/{office}/slots?concern=schulden", Rule.everyone(200)),
            Map.entry("GET /api/tickets/status/{token}", Rule.everyone(404)),
            Map.entry("POST /api/bookings", Rule.everyone(400).body("{\"office\":\"arnstadt\"}")),
            Map.entry("GET /api/bookings/{token}", Rule.everyone(404)),
            Map.entry("GET /api/bookings/{token}/calendar.ics", Rule.everyone(404)),
            Map.entry("POST /api/bookings/{token}/cancel", Rule.everyone(404)),
            Map.entry("POST /api/bookings/{token}/reschedule", Rule.everyone(404)),

            Map.entry("GET /api/me", Rule.staff(200)),
            Map.entry("POST /api/me/password", Rule.staff(400)),
            Map.entry("POST /api/me/calendar-feed", Rule.staff(201).body(null)),
            Map.entry("DELETE /api/me/calendar-feed", Rule.staff(204).body(null)),

            Map.entry("GET /api/offices/{office}/staff", Rule.office(200)),
            Map.entry("GET /api/offices/{office}/queue", Rule.office(200)),
            // a permitted caller would really issue a ticket: the matrix asks for a concern that does not exist
            Map.entry("POST /api/offices/{office}/tickets", Rule.office(400, "RECEPTION").body("{\"concern\":\"gibt-es-nicht\"}")),
            Map.entry("POST /api/offices/{office}/desks/{desk}/call-next", Rule.office(404, "RECEPTION", "COUNSELLOR").body(null)),
            Map.entry("POST /api/tickets/{id}/{action}", Rule.staff(404)),

            Map.entry("GET /api/offices/{office}/appointments", Rule.office(200)),
            Map.entry("POST /api/offices/{office}/appointments", Rule.office(400, "RECEPTION", "COUNSELLOR")),
            Map.entry("GET /api/offices/{office}/appointments/{reference}", Rule.office(404, "RECEPTION", "COUNSELLOR")),
            Map.entry("POST /api/offices/{office}/appointments/{reference}/move", Rule.office(404, "RECEPTION", "COUNSELLOR")),
            Map.entry("POST /api/offices/{office}/appointments/{reference}/cancel", Rule.office(404, "RECEPTION", "COUNSELLOR")),
            Map.entry("POST /api/offices/{office}/appointments/{reference}/check-in", Rule.office(404, "RECEPTION", "COUNSELLOR")),

            Map.entry("GET /api/offices/{office}/availability", Rule.office(200)),
            // plans of other counsellors are the ADMIN's (a counsellor keeps their own): "niemand" is nobody's
            Map.entry("POST /api/offices/{office}/availability/work-plans", Rule.office(400, "ADMIN")
                    .body("{\"counsellor\":\"niemand\",\"day\":\"SUNDAY\",\"from\":\"09:00\",\"to\":\"10:00\"}")),
            Map.entry("DELETE /api/offices/{office}/availability/work-plans/{id}", Rule.staff(404).body(null)),
            Map.entry("POST /api/offices/{office}/availability/extra-hours", Rule.office(400, "ADMIN")
                    .body("{\"counsellor\":\"niemand\",\"day\":\"2027-06-06\",\"from\":\"09:00\",\"to\":\"10:00\"}")),
            Map.entry("POST /api/offices/{office}/availability/absences", Rule.office(400, "ADMIN")
                    .body("{\"counsellor\":\"niemand\",\"firstDay\":\"2027-06-06\",\"kind\":\"HOLIDAY\"}")),
            Map.entry("POST /api/offices/{office}/availability/closures", Rule.office(400, "ADMIN")
                    .body("{\"day\":\"2027-06-06\",\"reason\":\"" + "x".repeat(121) + "\"}")),

            Map.entry("GET /api/partners", Rule.staff(200)),
            Map.entry("POST /api/partners", Rule.role(400, "ADMIN")),
            Map.entry("GET /api/partners/{id}", Rule.staff(404)),
            Map.entry("POST /api/partners/{id}/contacts", Rule.role(404, "ADMIN")),
            Map.entry("POST /api/partners/{id}/contacts/{contact}/deactivate", Rule.role(404, "ADMIN").body(null)),

            Map.entry("GET /api/handovers", Rule.staff(200)),
            Map.entry("POST /api/handovers", Rule.role(400, "COUNSELLOR").body("{\"office\":\"arnstadt\"}")),
            Map.entry("GET /api/handovers/{id}", Rule.staff(404)),
            Map.entry("GET /api/handovers/{id}/invite.ics", Rule.staff(404)),
            Map.entry("POST /api/handovers/{id}/invite", Rule.staff(404).body(null)),
            Map.entry("POST /api/handovers/{id}/reschedule", Rule.staff(404)),
            Map.entry("POST /api/handovers/{id}/withdraw", Rule.staff(404).body(null)),
            Map.entry("POST /api/handovers/{id}/revoke-consent", Rule.staff(404).body(null)),
            Map.entry("POST /api/handovers/{id}/outcome", Rule.staff(404).body("{\"attended\":true}")),

            Map.entry("POST /api/tickets/{id}/concerns", Rule.staff(404).body("{\"concern\":\"schulden\"}")),

            Map.entry("GET /api/audit", Rule.role(200, "ADMIN")),
            Map.entry("POST /api/privacy/subject-requests/search", Rule.role(200, "ADMIN").body(NOBODY)),
            Map.entry("POST /api/privacy/subject-requests/export", Rule.role(200, "ADMIN").body(NOBODY)),
            Map.entry("POST /api/privacy/subject-requests/erase", Rule.role(200, "ADMIN").body(NOBODY)),
            Map.entry("POST /api/privacy/retention-runs", Rule.role(200, "ADMIN").body(null)),

            Map.entry("GET /api/outbox", Rule.role(200, "ADMIN")),
            Map.entry("POST /api/outbox/{id}/retry", Rule.role(404, "ADMIN").body(null)));

    /** Query parameters an endpoint cannot do without. */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/offices/{office}/slots", "?concern=schulden");

    /**
     * Pages below /intern/ (or below a folder there, ending in /) that only some roles may open; every other page
     * there is for all staff.
     */
    private static final Map<String, Set<String>> RESTRICTED_PAGES = Map.of(
            "/intern/postausgang", Set.of("ADMIN"),
            "/intern/admin/", Set.of("ADMIN"),
            "/intern/auskunft", Set.of("ADMIN"),
            "/intern/protokoll", Set.of("ADMIN"),
            "/intern/statistik", Set.of("ADMIN"));

    /** Staff pages at a short address with the office in it, and the roles the page is meant for. */
    private static final Map<String, Set<String>> OFFICE_PAGES = Map.of(
            "/empfang/", ANY_ROLE,
            "/beratung/", ANY_ROLE,
            "/termine/", ANY_ROLE);

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @TestFactory
    Stream<DynamicTest> everyApiEndpointAnswersEveryCallerAsItsRuleSays() {
        JsonObject paths = Kompass.object(Kompass.anonymous().get("/openapi", "Accept", "application/json"))
                .getJsonObject("paths");
        List<String> unknown = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : new java.util.TreeMap<>(paths).entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String endpoint = method + " " + path.getKey();
                String query = QUERIES.getOrDefault(endpoint, "");
                Rule rule = API.get(endpoint + query);
                if (rule == null) {
                    unknown.add(endpoint);
                    continue;
                }
                boolean documentedAsSecured = operation.getValue().asJsonObject().containsKey("security");
                tests.add(DynamicTest.dynamicTest(endpoint + " is documented as " + (rule.isPublic() ? "public" : "staff only"),
                        () -> assertEquals(!rule.isPublic(), documentedAsSecured, endpoint)));
                for (Caller caller : Caller.values()) {
                    for (String office : rule.officeBound() ? List.of("arnstadt", "ilmenau") : List.of("arnstadt")) {
                        String url = fill(path.getKey(), office) + query;
                        int expected = rule.expected(caller, office);
                        tests.add(DynamicTest.dynamicTest(endpoint + " as " + caller + " on " + url + " → " + expected, () -> {
                            HttpResponse<String> answer = call(caller.client(), method, url, rule.body());
                            assertEquals(expected, answer.statusCode(), () -> endpoint + " as " + caller + ": " + answer.body());
                        }));
                    }
                }
            }
        }
        tests.add(0, DynamicTest.dynamicTest("every endpoint has a rule", () -> assertTrue(unknown.isEmpty(),
                "endpoints without a rule in the authorisation matrix: " + unknown)));
        Set<String> gone = new TreeSet<>(API.keySet());
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().forEach(method -> {
            String endpoint = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            gone.remove(endpoint + QUERIES.getOrDefault(endpoint, ""));
        }));
        tests.add(1, DynamicTest.dynamicTest("every rule has an endpoint", () -> assertTrue(gone.isEmpty(),
                "rules for endpoints the application no longer has: " + gone)));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyStaffPageNeedsALoginAndTheRightRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String page : pages()) {
            boolean staffPage = page.startsWith("/intern/");
            Set<String> roles = RESTRICTED_PAGES.entrySet().stream()
                    .filter(rule -> rule.getKey().endsWith("/") ? page.startsWith(rule.getKey()) : page.equals(rule.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(ANY_ROLE);
            for (Caller caller : Caller.values()) {
                tests.add(DynamicTest.dynamicTest(page + " as " + caller, () -> {
                    HttpResponse<String> answer = caller.client().get(page);
                    if (!staffPage) {
                        assertTrue(answer.statusCode() < 500, () -> page + ": " + answer.statusCode());
                    } else if (caller == Caller.ANONYMOUS) {
                        assertLoginRedirect(answer);
                    } else if (roles.stream().anyMatch(caller.roles::contains)) {
                        // 404: the page needs a parameter (e.g. /intern/empfang is served at /empfang/{office})
                        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404,
                                () -> page + " as " + caller + ": " + answer.statusCode());
                    } else {
                        assertEquals(403, answer.statusCode(), page + " as " + caller);
                    }
                }));
            }
        }
        for (Map.Entry<String, Set<String>> page : OFFICE_PAGES.entrySet()) {
            for (Caller caller : Caller.values()) {
                for (String office : List.of("arnstadt", "ilmenau")) {
                    String url = page.getKey() + office;
                    tests.add(DynamicTest.dynamicTest(url + " as " + caller, () -> {
                        HttpResponse<String> answer = caller.client().get(url);
                        if (caller == Caller.ANONYMOUS) {
                            assertLoginRedirect(answer);
                        } else if (caller.offices.contains(office) && page.getValue().stream().anyMatch(caller.roles::contains)) {
                            assertEquals(200, answer.statusCode(), url + " as " + caller);
                        } else {
                            assertEquals(403, answer.statusCode(), url + " as " + caller);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> staffFormsRefuseAnonymousPosts() {
        return formHandlers().stream().filter(path -> path.startsWith("/intern/"))
                .map(path -> DynamicTest.dynamicTest("POST " + path + " anonymously", () -> {
                    HttpResponse<String> answer = Kompass.anonymous().post(path, "action=delete&id=1",
                            "Content-Type", "application/x-www-form-urlencoded");
                    assertTrue(answer.statusCode() == 302 || answer.statusCode() == 401 || answer.statusCode() == 403,
                            () -> path + " answered " + answer.statusCode());
                    if (answer.statusCode() == 302) {
                        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login"), path);
                    }
                }));
    }

    @Test
    void aTicketOfTheOtherOfficeCannotBeTouched() {
        JsonObject ticket = Kompass.object(Kompass.as("empfang-ilmenau").post("/api/offices/ilmenau/tickets", "{}"));
        long id = ticket.getJsonNumber("id").longValue();

        HttpResponse<String> foreign = Kompass.as("empfang-arnstadt").post("/api/tickets/" + id + "/leave", "{}");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals("urn:kompass:problem:not-your-office", Kompass.object(foreign).getString("type"));
        HttpResponse<String> anonymous = Kompass.anonymous().post("/api/tickets/" + id + "/leave", "{}");
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> own = Kompass.as("empfang-ilmenau").post("/api/tickets/" + id + "/leave", "{}");
        assertEquals(200, own.statusCode(), own.body());
    }

    private static void assertLoginRedirect(HttpResponse<String> answer) {
        assertEquals(302, answer.statusCode(), answer.uri() + " without a login");
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login"), answer.uri().toString());
    }

    /** Each call from an address of its own, so the per-address limit on public POSTs does not answer instead. */
    private static HttpResponse<String> call(Kompass client, String method, String url, String body) {
        String address = "10.77." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return switch (method) {
            case "GET" -> client.get(url, "X-Forwarded-For", address);
            case "POST" -> body == null ? client.send("POST", url, "X-Forwarded-For", address)
                    : client.post(url, body, "X-Forwarded-For", address);
            default -> client.send(method, url, "X-Forwarded-For", address);
        };
    }

    /** Placeholders: the office under test, and ids, tokens and references that do not exist. */
    private static String fill(String template, String office) {
        return template.replace("{office}", office)
                .replace("{desk}", "kein-raum")
                .replace("{action}", "start")
                .replace("{token}", "AAAAAAAAAAAAAAAAAAAAAA")
                .replace("{reference}", "T-XXXX-XXXX")
                .replaceAll("\\{[a-z]+}", "999999");
    }

    private static Path web() {
        return Path.of("..", "web", "src", "main").toAbsolutePath().normalize();
    }

    /** The Faces pages, by the address they are served at (extensionless). */
    static List<String> pages() {
        Path root = web().resolve("webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + root.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .map(page -> page.substring(0, page.length() - ".xhtml".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The addresses of the servlets declared with {@code @WebServlet} in the web module. */
    static List<String> formHandlers() {
        Pattern declaration = Pattern.compile("@WebServlet\\(([^)]*)\\)");
        Pattern address = Pattern.compile("\"(/[^\"*]*)\\*?\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(web().resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher servlet = declaration.matcher(Files.readString(file));
                while (servlet.find()) {
                    Matcher each = address.matcher(servlet.group(1));
                    while (each.find()) {
                        found.add(each.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            fail("no @WebServlet found below " + web());
        }
        return found.stream().sorted().toList();
    }
}

package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hardening on the real server (decision 0010): security headers on every kind of answer, form tokens,
 * same-origin proof for session API calls, session cookie flags and login throttling.
 */
class HardeningIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String EVIL = "https://evil.example";
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    // --- headers ---------------------------------------------------------------------------------------------

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Kompass anyone = Kompass.anonymous();
        for (String path : List.of("/", "/termin", "/api/offices", "/resources/css/kompass.css", "/resources/js/live.js",
                "/gibt-es-nicht", "/api/gibt-es-nicht", "/b/gibt-es-nicht")) {
            HttpResponse<String> answer = anyone.get(path);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self';") && csp.contains("style-src 'self';")
                    && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'")
                    && csp.contains("form-action 'self'") && csp.contains("base-uri 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path);
            assertTrue(csp.matches(".*connect-src 'self' ws://localhost:\\d+ wss://localhost:\\d+;.*"), path + ": " + csp);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer", answer.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(answer.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
        }
    }

    // --- citizens' forms -------------------------------------------------------------------------------------

    @Test
    void cancelFormWithoutOrWithAWrongTokenIsRefusedAndChangesNothing() {
        Citizen citizen = new Citizen();
        HttpResponse<String> booked = citizen.book(citizen.booking("ilmenau", "motivation",
                Citizen.someSlot("ilmenau", "motivation", 0).getString("start")));
        assertEquals(201, booked.statusCode(), booked.body());
        String token = Kompass.object(booked).getString("manageToken");
        HttpResponse<String> page = citizen.get("/b/" + token + "?absagen");
        assertEquals(200, page.statusCode());
        for (HttpResponse<String> anonymous : List.of(page, citizen.get("/"), citizen.get("/termin"), citizen.get("/login"))) {
            assertEquals(List.of(), anonymous.headers().allValues("Set-Cookie"), "no session for anonymous visitors: " + anonymous.uri());
        }
        String formToken = Kompass.formToken(page);

        for (String body : List.of("token=" + token, "token=" + token + "&csrf=", "token=" + token + "&csrf=1999999999.AAAA",
                "token=" + token + "&csrf=" + formToken.replaceFirst("^\\d+", "4102444800"))) {
            HttpResponse<String> refused = citizen.post("/termin/absagen", body, "Content-Type", FORM);
            assertEquals(403, refused.statusCode(), body);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(refused.body().contains("Es wurde nichts geändert"), refused.body());
            assertEquals("BOOKED", state(citizen, token), "refused form changed nothing");
        }
        HttpResponse<String> fromAnotherSite = citizen.post("/termin/absagen", "token=" + token + "&csrf=" + formToken,
                "Content-Type", FORM, "Origin", EVIL);
        assertEquals(403, fromAnotherSite.statusCode());
        HttpResponse<String> english = citizen.post("/termin/absagen", "token=" + token, "Content-Type", FORM, "Accept-Language", "en");
        assertTrue(english.body().contains("Nothing was changed"), english.body());
        assertEquals("BOOKED", state(citizen, token));

        HttpResponse<String> cancelled = citizen.post("/termin/absagen", "token=" + token + "&csrf=" + formToken,
                "Content-Type", FORM, "Origin", Kompass.BASE_URL, "Sec-Fetch-Site", "same-origin");
        assertEquals(303, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", state(citizen, token));
    }

    private static String state(Citizen citizen, String manageToken) {
        return Kompass.object(citizen.get("/api/bookings/" + manageToken)).getString("state");
    }

    // --- staff forms -----------------------------------------------------------------------------------------

    @Test
    void staffFormsNeedTheTokenOfTheirOwnSessionAndLoginGivesANewSessionId() {
        Kompass browser = Kompass.withCookies();
        String address = someAddress();
        HttpResponse<String> loginPage = browser.get("/login", "X-Forwarded-For", address);
        assertEquals(List.of(), loginPage.headers().allValues("Set-Cookie"), "no session before login");

        HttpResponse<String> loggedIn = submitLogin(browser, loginPage, "beratung-ilmenau", Kompass.DEMO_PASSWORD, address);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String setCookie = String.join("\n", loggedIn.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertFalse(setCookie.contains("Secure"), "Secure only over HTTPS: " + setCookie);
        String firstSession = sessionCookie(loggedIn);
        HttpResponse<String> again = submitLogin(browser, browser.get("/login"), "beratung-ilmenau", Kompass.DEMO_PASSWORD, address);
        assertEquals(302, again.statusCode(), again.body());
        assertNotEquals(firstSession, sessionCookie(again), "a new session id at every login (no fixation)");
        assertEquals(200, browser.get("/api/me").statusCode());

        String publicToken = Kompass.formToken(Kompass.anonymous().get("/login"));
        for (String body : List.of("", "csrf=", "csrf=" + publicToken, "csrf=" + Kompass.formToken(loginPage))) {
            HttpResponse<String> refused = browser.post("/logout", body, "Content-Type", FORM);
            assertEquals(403, refused.statusCode(), body);
            assertEquals(200, browser.get("/api/me").statusCode(), "still logged in after " + body);
        }
        String ownToken = Kompass.formToken(browser.get("/intern/start"));
        assertEquals(403, browser.post("/logout", "csrf=" + ownToken, "Content-Type", FORM, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(200, browser.get("/api/me").statusCode());

        HttpResponse<String> loggedOut = browser.post("/logout", "csrf=" + ownToken, "Content-Type", FORM);
        assertEquals(302, loggedOut.statusCode(), loggedOut.body());
        assertEquals(401, browser.get("/api/me").statusCode());
    }

    // --- API calls with the session cookie -------------------------------------------------------------------

    @Test
    void sessionApiCallsMustComeFromOurPagesBasicClientsAreUnchanged() {
        Kompass board = Kompass.withCookies();
        String address = someAddress();
        HttpResponse<String> loginPage = board.get("/login", "X-Forwarded-For", address);
        assertEquals(302, submitLogin(board, loginPage, "empfang-ilmenau", Kompass.DEMO_PASSWORD, address).statusCode());

        String refusedName = "Fremd" + UUID.randomUUID().toString().substring(0, 6);
        for (String[] headers : List.of(new String[]{"Origin", EVIL}, new String[]{"Sec-Fetch-Site", "cross-site"},
                new String[]{"Origin", EVIL, "X-Requested-With", "kompass"}, new String[]{"Accept-Language", "de"})) {
            HttpResponse<String> refused = board.post("/api/offices/ilmenau/tickets", "{\"pseudonym\":\"" + refusedName + "\"}", headers);
            assertEquals(403, refused.statusCode(), String.join(" ", headers));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject problem = Kompass.object(refused);
            assertEquals("urn:kompass:problem:cross-site", problem.getString("type"));
            assertTrue(problem.getString("detail").contains("Es wurde nichts geändert"), problem.toString());
        }
        assertFalse(board.get("/api/offices/ilmenau/queue").body().contains(refusedName), "refused calls issued no ticket");

        assertEquals(201, board.post("/api/offices/ilmenau/tickets", "{}", "Origin", Kompass.BASE_URL).statusCode());
        assertEquals(201, board.post("/api/offices/ilmenau/tickets", "{}", "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(201, board.post("/api/offices/ilmenau/tickets", "{}", "X-Requested-With", "kompass").statusCode());

        Kompass basic = Kompass.as("empfang-ilmenau");
        assertEquals(201, basic.post("/api/offices/ilmenau/tickets", "{}").statusCode(), "Basic clients need nothing new");
        assertEquals(201, basic.post("/api/offices/ilmenau/tickets", "{}").statusCode(), "also once they hold a session");
        assertEquals(403, basic.post("/api/offices/ilmenau/tickets", "{}", "Origin", EVIL).statusCode(),
                "a browser's remembered Basic login is not usable from another site either");
        QueueIT.drain(Kompass.as("beratung-ilmenau"), "ilmenau");
    }

    @Test
    void webSocketHandshakesFromAnotherSiteAreRefused() {
        assertEquals(403, Kompass.anonymous().get("/ws/offices/arnstadt/display", "Origin", EVIL).statusCode());
    }

    // --- login throttling ------------------------------------------------------------------------------------

    @Test
    void twentyFailedBasicLoginsFromOneAddressBlockItEvenForTheRightPassword() {
        String address = someAddress();
        String nobody = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
        // an office's desks share one address: five typos there must not lock everybody out, twenty guesses do
        for (int i = 0; i < 20; i++) {
            assertEquals(401, Kompass.as(nobody + "-" + i, "falsch").get("/api/me", "X-Forwarded-For", address).statusCode());
        }
        HttpResponse<String> blocked = Kompass.as("beratung-ilmenau").get("/api/me", "X-Forwarded-For", address);
        assertEquals(429, blocked.statusCode(), blocked.body());
        long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        JsonObject problem = Kompass.object(blocked);
        assertEquals("urn:kompass:problem:login-throttled", problem.getString("type"));
        assertEquals(429, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("15 Minuten"), problem.toString());
        assertEquals(200, Kompass.as("beratung-ilmenau").get("/api/me", "X-Forwarded-For", someAddress()).statusCode(),
                "the account itself is not blocked");
    }

    @Test
    void fiveFailuresForOneAccountBlockItFromEveryAddress() {
        String account = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Kompass.as(account, "falsch").get("/api/me", "X-Forwarded-For", someAddress()).statusCode());
        }
        HttpResponse<String> blocked = Kompass.as(account, "falsch").get("/api/me", "X-Forwarded-For", someAddress(), "Accept-Language", "en");
        assertEquals(429, blocked.statusCode());
        assertTrue(Kompass.object(blocked).getString("detail").contains("15 minutes"), blocked.body());
    }

    @Test
    void theLoginPageSaysWhenLoginIsBlocked() {
        Kompass browser = Kompass.withCookies();
        String address = someAddress();
        String nobody = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = submitLogin(browser, browser.get("/login", "X-Forwarded-For", address), nobody, "falsch", address);
            assertEquals(200, failed.statusCode());
            assertTrue(failed.body().contains("Benutzername oder Passwort stimmt nicht"), failed.body());
        }
        HttpResponse<String> blocked = submitLogin(browser, browser.get("/login", "X-Forwarded-For", address),
                nobody, "falsch", address);
        assertEquals(429, blocked.statusCode());
        assertTrue(blocked.body().contains("Die Anmeldung ist für 15 Minuten gesperrt"), blocked.body());
        assertEquals(401, browser.get("/api/me").statusCode(), "not logged in");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Fills in and sends the login form of the page just loaded, as a browser would (form token included). */
    static HttpResponse<String> submitLogin(Kompass browser, HttpResponse<String> loginPage, String username, String password,
                                            String address) {
        Map<String, String> fields = new LinkedHashMap<>(Kompass.hiddenFields(loginPage));
        fields.put("username", username);
        fields.put("password", password);
        fields.put("submit", "Anmelden");
        Matcher action = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        assertTrue(action.find(), loginPage.body());
        return browser.post(action.group(1).replace("&amp;", "&"), Kompass.form(fields), "Content-Type", FORM,
                "X-Forwarded-For", address);
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        Matcher cookie = SESSION_COOKIE.matcher(String.join("\n", answer.headers().allValues("Set-Cookie")));
        assertTrue(cookie.find(), "a session cookie: " + answer.headers().map());
        return cookie.group(1);
    }

    /** A client address of its own (the test domains trust X-Forwarded-For), so throttling tests do not meet. */
    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}

package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff member changes their own password; bad input is a 400 problem and changes nothing. */
class PasswordChangeIT {

    private static final String USER = "beratung-ilmenau";
    /** The demo stand-in counsellor; only this test changes its password. */
    private static final String CHANGER = "vertretung-arnstadt";

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void changeOwnPassword() {
        HttpResponse<String> changed = Kompass.as(CHANGER).post("/api/me/password",
                "{\"currentPassword\":\"demo\",\"newPassword\":\"Mein neues Passwort 2026\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(401, Kompass.as(CHANGER, "demo").get("/api/me").statusCode(), "old password no longer works");
        assertEquals(200, Kompass.as(CHANGER, "Mein neues Passwort 2026").get("/api/me").statusCode());
    }

    @Test
    void wrongCurrentPasswordIs400AndChangesNothing() {
        HttpResponse<String> response = Kompass.as(USER).post("/api/me/password",
                "{\"currentPassword\":\"falsch\",\"newPassword\":\"ein ganz neues Passwort\"}");
        assertEquals(400, response.statusCode());
        JsonObject problem = Kompass.object(response);
        assertEquals("urn:kompass:problem:password-wrong", problem.getString("type"));
        assertTrue(problem.getString("detail").startsWith("Das bisherige Passwort stimmt nicht"));
        assertEquals(200, Kompass.as(USER).get("/api/me").statusCode(), "password unchanged");
    }

    @Test
    void tooShortIs400() {
        HttpResponse<String> response = Kompass.as(USER).post("/api/me/password",
                "{\"currentPassword\":\"demo\",\"newPassword\":\"kurz\"}");
        assertEquals(400, response.statusCode());
        assertEquals("urn:kompass:problem:password-too-short", Kompass.object(response).getString("type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"currentPassword\": ", "not json at all", "[1,2,3]", "{\"currentPassword\": {\"x\": 1}}", ""})
    void malformedJsonIs400ProblemAndNever500(String body) {
        HttpResponse<String> response = Kompass.as(USER).post("/api/me/password", body);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals(200, Kompass.as(USER).get("/api/me").statusCode(), "password unchanged");
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        HttpResponse<String> response = Kompass.as(USER).post("/api/me/password", "x", "Content-Type", "text/plain");
        assertEquals(415, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}

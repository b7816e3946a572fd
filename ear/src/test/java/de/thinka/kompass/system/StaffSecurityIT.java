package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff accounts in the database, HTTP Basic for API clients, offices as a boundary. */
class StaffSecurityIT {

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void staffEndpointWithoutCredentialsIs401ProblemWithBasicChallenge() {
        HttpResponse<String> response = Kompass.anonymous().get("/api/me");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, Kompass.object(response).getInt("status"));
    }

    @Test
    void ourOwnScriptsGetNoBrowserLoginDialog() {
        HttpResponse<String> response = Kompass.anonymous().get("/api/me", "X-Requested-With", "kompass");
        assertEquals(401, response.statusCode());
        assertFalse(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIs401() {
        HttpResponse<String> response = Kompass.as("empfang-arnstadt", "falsch").get("/api/me");
        assertEquals(401, response.statusCode());
        assertEquals("urn:kompass:problem:bad-credentials", Kompass.object(response).getString("type"));
    }

    @ParameterizedTest
    @CsvSource({
            "admin,             ADMIN,      arnstadt ilmenau",
            "empfang-arnstadt,  RECEPTION,  arnstadt",
            "empfang-ilmenau,   RECEPTION,  ilmenau",
            "beratung-arnstadt, COUNSELLOR, arnstadt",
            "beratung-ilmenau,  COUNSELLOR, ilmenau"})
    void demoAccountsKnowWhoTheyAre(String username, String role, String offices) {
        HttpResponse<String> response = Kompass.as(username).get("/api/me");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = Kompass.object(response);
        assertEquals(username, me.getString("username"));
        assertEquals(List.of(role), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of(offices.split(" ")), me.getJsonArray("offices").getValuesAs(jakarta.json.JsonString::getString));
        assertFalse(response.body().contains("PBKDF2"), "the password hash never leaves the server");
    }

    @Test
    void ownOfficeIsAllowedOtherOfficeIs403() {
        Kompass reception = Kompass.as("empfang-arnstadt");
        HttpResponse<String> own = reception.get("/api/offices/arnstadt/staff");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("beratung-arnstadt"));
        assertFalse(own.body().contains("beratung-ilmenau"));

        HttpResponse<String> other = reception.get("/api/offices/ilmenau/staff");
        assertEquals(403, other.statusCode());
        assertEquals("urn:kompass:problem:not-your-office", Kompass.object(other).getString("type"));

        assertEquals(200, Kompass.as("admin").get("/api/offices/ilmenau/staff").statusCode());
        assertEquals(401, Kompass.anonymous().get("/api/offices/arnstadt/staff").statusCode());
        assertEquals(404, reception.get("/api/offices/erfurt/staff").statusCode());
    }

    @Test
    void sessionKeepsTheLoginSoThePasswordIsCheckedOnce() {
        Kompass client = Kompass.as("beratung-ilmenau");
        HttpResponse<String> first = client.get("/api/me");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "a session is offered");
    }
}

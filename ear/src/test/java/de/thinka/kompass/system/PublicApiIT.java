package de.thinka.kompass.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API: offices and concerns, answered without a login. */
class PublicApiIT {

    private final Kompass anonymous = Kompass.anonymous();

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void listsBothOfficesWithAddressHoursAndDesks() {
        HttpResponse<String> response = anonymous.get("/api/offices");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray offices = Kompass.array(response);
        // ADMIN may add offices (AdministrationIT does): both demo offices are there, whatever else is
        assertTrue(offices.stream().map(o -> Kompass.string(o, "id")).toList().containsAll(List.of("arnstadt", "ilmenau")));

        JsonObject arnstadt = offices.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("id").equals("arnstadt")).findFirst().orElseThrow();
        assertEquals("KOMPASS Arnstadt", arnstadt.getString("name"));
        assertEquals("99310", arnstadt.getJsonObject("address").getString("postalCode"));
        assertEquals("Arnstadt", arnstadt.getJsonObject("address").getString("city"));
        JsonObject monday = arnstadt.getJsonArray("openingHours").getJsonObject(0);
        assertEquals("MONDAY", monday.getString("day"));
        assertEquals("09:00", monday.getString("opens"));
        assertEquals("12:00", monday.getString("closes"));
        JsonArray desks = arnstadt.getJsonArray("desks");
        assertFalse(desks.isEmpty());
        assertEquals("raum-1", desks.getJsonObject(0).getString("id"));
        assertEquals("Raum 1", desks.getJsonObject(0).getString("name"));
    }

    @Test
    void oneOfficeByIdAndUnknownOfficeIsA404Problem() {
        assertEquals("KOMPASS Ilmenau", Kompass.object(anonymous.get("/api/offices/ilmenau")).getString("name"));

        HttpResponse<String> unknown = anonymous.get("/api/offices/erfurt");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Kompass.object(unknown);
        assertEquals(404, problem.getInt("status"));
        assertEquals("urn:kompass:problem:unknown-office", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("„erfurt“"), problem.getString("detail"));
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        JsonObject problem = Kompass.object(anonymous.get("/api/offices/erfurt", "Accept-Language", "en-GB,en;q=0.8"));
        assertEquals("There is no office \"erfurt\".", problem.getString("detail"));
    }

    @Test
    void concernCategoriesOfTheProjectDescriptionInGermanAndEnglish() {
        HttpResponse<String> response = anonymous.get("/api/concerns");
        assertEquals(200, response.statusCode());
        JsonArray concerns = Kompass.array(response);
        assertEquals(8, concerns.size());
        JsonObject debt = concerns.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals("schulden")).findFirst().orElseThrow();
        assertEquals("Ver-/Überschuldung", debt.getString("nameDe"));
        assertEquals("Debt and over-indebtedness", debt.getString("nameEn"));
        assertTrue(concerns.stream().map(c -> Kompass.string(c, "nameDe")).toList().contains("Soziale Isolation"));
    }

    @Test
    void unknownApiPathIsAProblemNotAnHtmlPage() {
        HttpResponse<String> response = anonymous.get("/api/gibt-es-nicht");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void healthReadyAndOpenApi() {
        HttpResponse<String> ready = anonymous.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());

        HttpResponse<String> openapi = anonymous.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/offices"), "OpenAPI documents the offices endpoint");
        assertTrue(openapi.body().contains("/api/me"), "OpenAPI documents the me endpoint");
    }
}

package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contacts run through the real queue (walk-ins with concerns and a first-contact mark, a no-show, a visitor
 * who left, a booked visitor checked in, a handover with its outcome) and the statistics count them: the CSV
 * for German Excel and the page. The demo data brings earlier days; this test compares today's figures of
 * Arnstadt before and after, so other tests' tickets of other offices do not disturb it.
 */
class StatisticsIT {

    static final Kompass ADMIN = Kompass.as("admin");
    static final Kompass RECEPTION = Kompass.as("empfang-arnstadt");
    static final Kompass COUNSELLOR = Kompass.as("beratung-arnstadt");
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    static final String CSV = "/intern/statistik.csv?lang=de&period=day&office=arnstadt&from=" + TODAY + "&to=" + TODAY;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void contactsOfTheDayAreCountedInTheCsvAndOnThePage() {
        Figures before = Figures.read(ADMIN.get(CSV));

        long first = issue("{\"concern\":\"schulden\",\"firstContact\":true}");
        act(first, "call", "{\"desk\":\"raum-1\"}");
        act(first, "start", "");
        HttpResponse<String> added = COUNSELLOR.post("/api/tickets/" + first + "/concerns", "{\"concern\":\"gesundheit\"}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(List.of("schulden", "gesundheit"), Kompass.object(added).getJsonArray("concerns")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        act(first, "finish", "");

        long missed = issue("{\"concern\":\"motivation\"}");
        act(missed, "call", "{\"desk\":\"raum-1\"}");
        act(missed, "no-show", "");

        long gone = issue("{}");
        act(gone, "leave", "");

        long booked = checkedIn("qualifikation");
        act(booked, "call", "{\"desk\":\"raum-2\"}");
        act(booked, "start", "");
        act(booked, "finish", "");

        long handedOver = issue("{\"concern\":\"behoerden-alltag\"}");
        act(handedOver, "call", "{\"desk\":\"raum-3\"}");
        act(handedOver, "start", "");
        long handover = handOver(handedOver);
        recordAttended(handover);

        Figures after = Figures.read(ADMIN.get(CSV));
        String day = LocalDate.parse(TODAY).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String contacts = "Kontakte je Zeitabschnitt und Standort";
        assertEquals(3, after.delta(before, contacts, day, "Kontakte"));
        assertEquals(3, after.delta(before, contacts, day, "KOMPASS Arnstadt"));
        assertEquals(1, after.delta(before, contacts, day, "Nicht erschienen"));
        assertEquals(1, after.delta(before, contacts, day, "Vor dem Aufruf gegangen"));

        String sources = "Ohne Termin und mit Termin";
        assertEquals(2, after.delta(before, sources, "Ohne Termin (Laufkundschaft)", "Kontakte"));
        assertEquals(1, after.delta(before, sources, "Ohne Termin (Laufkundschaft)", "Nicht erschienen"));
        assertEquals(1, after.delta(before, sources, "Mit Termin", "Kontakte"));

        String firstContacts = "Erstkontakt und Folgekontakt";
        assertEquals(1, after.delta(before, firstContacts, "Erstkontakt (vom Empfang markiert)", "Kontakte"));
        assertEquals(2, after.delta(before, firstContacts, "Folgekontakt oder nicht markiert", "Kontakte"));

        String concerns = "Kontakte nach Anliegen (ein Kontakt kann mehrere Anliegen haben)";
        assertEquals(1, after.delta(before, concerns, "Ver-/Überschuldung", "Kontakte"));
        assertEquals(1, after.delta(before, concerns, "Gesundheitliche Einschränkungen", "Kontakte"));
        assertEquals(1, after.delta(before, concerns, "Fehlende Qualifikation", "Kontakte"));
        assertEquals(1, after.delta(before, concerns, "Überforderung mit behördlichen und lebenspraktischen Fragen", "Kontakte"));
        assertEquals(0, after.delta(before, concerns, "Motivationslosigkeit", "Kontakte"), "no-shows are no contacts");

        String times = "Wartezeit und Beratungszeit (Minuten)";
        assertEquals(4, after.delta(before, times, "KOMPASS Arnstadt", "Aufgerufen (Anzahl)"));
        assertEquals(3, after.delta(before, times, "KOMPASS Arnstadt", "Gespräche (Anzahl)"));
        assertTrue(after.cell(times, "KOMPASS Arnstadt", "Wartezeit Median").matches("\\d+,\\d"),
                "German decimal comma: " + after.cell(times, "KOMPASS Arnstadt", "Wartezeit Median"));

        String handovers = "Übergaben nach Art der Partnerstelle und Ausgang";
        assertEquals(1, after.delta(before, handovers, "Jobcenter", "wahrgenommen"));
        assertEquals(1, after.delta(before, handovers, "Jobcenter", "Gesamt"));

        HttpResponse<String> page = ADMIN.get("/intern/statistik?lang=de&period=day&office=arnstadt&from=" + TODAY + "&to=" + TODAY);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"table-contacts\"") && page.body().contains("id=\"table-handovers\""), page.body());
        assertTrue(page.body().contains(after.cell(contacts, "Summe", "Kontakte") + " Kontakte."), "summary names the total");
        assertTrue(page.body().contains("<script type=\"application/json\" id=\"statistics-data\">"));
    }

    @Test
    void csvIsForGermanExcelAndOnlyForAdministrators() {
        HttpResponse<String> csv = ADMIN.get("/intern/statistik.csv?lang=de&from=2026-01-01&to=2026-03-31&period=month");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"kompass-statistik_2026-01-01_2026-03-31_monat.csv\""), csv.headers().toString());
        assertTrue(csv.body().startsWith("\uFEFFKOMPASS Statistik\r\n"), "UTF-8 with byte order mark");
        assertTrue(csv.body().contains("Zeitraum;01.01.2026 – 31.03.2026;Monat\r\n"));
        assertTrue(csv.body().contains("\r\nZeitabschnitt;KOMPASS Arnstadt;KOMPASS Ilmenau;Kontakte;Nicht erschienen;Vor dem Aufruf gegangen\r\n"),
                csv.body());
        assertTrue(csv.body().contains("\r\nJanuar 2026;"), "months by name");

        assertEquals(403, RECEPTION.get(CSV).statusCode());
        assertEquals(403, COUNSELLOR.get("/intern/statistik").statusCode());
        HttpResponse<String> refused = ADMIN.get("/intern/statistik.csv?from=2026-02-01&to=2026-01-01");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Zeitraum"), refused.body());
        HttpResponse<String> tooMany = ADMIN.get("/intern/statistik.csv?from=2020-01-01&to=2026-01-01&period=day");
        assertEquals(400, tooMany.statusCode());
        HttpResponse<String> page = ADMIN.get("/intern/statistik?from=morgen");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"problem\""), "a friendly sentence instead of an error page");
    }

    static long issue(String body) {
        HttpResponse<String> issued = RECEPTION.post("/api/offices/arnstadt/tickets", body);
        assertEquals(201, issued.statusCode(), issued.body());
        return Kompass.object(issued).getJsonNumber("id").longValue();
    }

    static void act(long ticket, String action, String body) {
        HttpResponse<String> done = COUNSELLOR.post("/api/tickets/" + ticket + "/" + action, body);
        assertEquals(200, done.statusCode(), action + ": " + done.body());
    }

    static long checkedIn(String concern) {
        List<JsonObject> slots = Citizen.staffSlots(RECEPTION, "arnstadt", concern);
        JsonObject slot = slots.get(0);
        HttpResponse<String> booked = RECEPTION.post("/api/offices/arnstadt/appointments",
                "{\"concern\":\"" + concern + "\",\"start\":\"" + slot.getString("start") + "\",\"name\":\"Herr Ö.\",\"channel\":\"DESK\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        String reference = Kompass.object(booked).getString("reference");
        HttpResponse<String> checkedIn = RECEPTION.post("/api/offices/arnstadt/appointments/" + reference + "/check-in", "");
        assertEquals(200, checkedIn.statusCode(), checkedIn.body());
        return Kompass.object(checkedIn).getJsonObject("ticket").getJsonNumber("id").longValue();
    }

    /** Hands the visitor over to the demo Jobcenter, meeting in two seconds, so the outcome can follow at once. */
    static long handOver(long ticket) {
        String start = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> created = COUNSELLOR.post("/api/handovers", "{\"partnerContactId\":3,\"ticketId\":" + ticket
                + ",\"start\":\"" + start + "\",\"durationMinutes\":30,\"consent\":{\"name\":false,\"phone\":false,"
                + "\"email\":false,\"concern\":true,\"note\":false}}");
        assertEquals(201, created.statusCode(), created.body());
        return Kompass.object(created).getJsonNumber("id").longValue();
    }

    static void recordAttended(long handover) {
        Instant deadline = Instant.now().plusSeconds(20);
        HttpResponse<String> outcome;
        do {
            outcome = COUNSELLOR.post("/api/handovers/" + handover + "/outcome", "{\"attended\":true}");
            if (outcome.statusCode() == 200) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("outcome not recorded: " + outcome.statusCode() + " " + outcome.body());
    }

    /** The CSV's tables: title -> row label -> column -> text. */
    record Figures(Map<String, Map<String, Map<String, String>>> tables) {

        static Figures read(HttpResponse<String> response) {
            assertEquals(200, response.statusCode(), response.body());
            String body = response.body();
            assertTrue(body.startsWith("\uFEFF"), "byte order mark");
            Map<String, Map<String, Map<String, String>>> tables = new LinkedHashMap<>();
            List<String> lines = Arrays.asList(body.substring(1).split("\r\n", -1));
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isEmpty() || i + 2 >= lines.size()) {
                    continue;
                }
                String title = lines.get(i + 1);
                List<String> columns = fields(lines.get(i + 2));
                Map<String, Map<String, String>> rows = new LinkedHashMap<>();
                for (int j = i + 3; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                    List<String> row = fields(lines.get(j));
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int c = 1; c < columns.size(); c++) {
                        cells.put(columns.get(c), c < row.size() ? row.get(c) : "");
                    }
                    rows.put(row.get(0), cells);
                }
                tables.put(title, rows);
            }
            return new Figures(tables);
        }

        /** Fields of a line; the test's labels never hold a quoted semicolon, so quotes are only taken off. */
        private static List<String> fields(String line) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split(";", -1)) {
                fields.add(field.startsWith("\"") && field.endsWith("\"") ? field.substring(1, field.length() - 1) : field);
            }
            return fields;
        }

        String cell(String table, String row, String column) {
            return tables.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).getOrDefault(column, "");
        }

        long count(String table, String row, String column) {
            String value = cell(table, row, column);
            return value.isEmpty() ? 0 : Long.parseLong(value);
        }

        long delta(Figures before, String table, String row, String column) {
            assertTrue(tables.containsKey(table), "table " + table + " in " + tables.keySet());
            return count(table, row, column) - before.count(table, row, column);
        }
    }
}

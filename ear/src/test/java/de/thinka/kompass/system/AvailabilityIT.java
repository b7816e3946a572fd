package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working plans, extra hours and absences decide the bookable times; who may change them. */
class AvailabilityIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    static List<String> startsOn(String office, LocalDate day) {
        return Citizen.slots(office, "motivation").stream().map(slot -> slot.getString("start"))
                .filter(start -> OffsetDateTime.parse(start).atZoneSameInstant(BERLIN).toLocalDate().equals(day)).toList();
    }

    /**
     * The first such weekday from the day on that the server counts as neither a public holiday nor a closure day
     * of the office (its own availability overview): a weekly plan opens nothing on those days (the Saturday two
     * weeks ahead was 26 December when the test ran on 2026-12-07).
     */
    static LocalDate ordinary(String office, DayOfWeek weekday, LocalDate from) {
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(weekday));
        JsonObject overview = Kompass.object(Kompass.as("admin")
                .get("/api/offices/" + office + "/availability?from=" + first + "&to=" + first.plusDays(27)));
        Set<String> closed = new HashSet<>();
        overview.getJsonArray("publicHolidays").getValuesAs(JsonString.class).forEach(day -> closed.add(day.getString()));
        overview.getJsonArray("closures").getValuesAs(JsonObject.class).forEach(closure -> closed.add(closure.getString("day")));
        LocalDate day = first;
        while (closed.contains(day.toString())) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    @Test
    void extraHoursOnASundayBecomeBookableAndAnAbsenceTakesThemAway() {
        LocalDate sunday = ordinary("ilmenau", DayOfWeek.SUNDAY, LocalDate.now(BERLIN).plusWeeks(3));
        assertTrue(startsOn("ilmenau", sunday).isEmpty(), "nobody works on Sundays");
        Kompass counsellor = Kompass.as("beratung-ilmenau");
        HttpResponse<String> added = counsellor.post("/api/offices/ilmenau/availability/extra-hours",
                "{\"counsellor\":\"beratung-ilmenau\",\"day\":\"" + sunday + "\",\"from\":\"10:00\",\"to\":\"12:00\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(List.of("10:00", "10:30", "11:00"), startsOn("ilmenau", sunday).stream()
                .map(start -> OffsetDateTime.parse(start).atZoneSameInstant(BERLIN).toLocalTime().toString()).toList());

        HttpResponse<String> away = counsellor.post("/api/offices/ilmenau/availability/absences",
                "{\"counsellor\":\"beratung-ilmenau\",\"firstDay\":\"" + sunday + "\",\"kind\":\"SICKNESS\"}");
        assertEquals(201, away.statusCode(), away.body());
        assertTrue(startsOn("ilmenau", sunday).isEmpty(), "absent counsellors cannot be booked");
        JsonObject overview = Kompass.object(counsellor.get("/api/offices/ilmenau/availability?from=" + sunday + "&to=" + sunday));
        assertEquals(1, overview.getJsonArray("absences").size());
        assertEquals(1, overview.getJsonArray("extraHours").size());
    }

    @Test
    void aWeeklyPlanOpensEveryWeekUntilItIsRemoved() {
        LocalDate saturday = ordinary("arnstadt", DayOfWeek.SATURDAY, LocalDate.now(BERLIN).plusWeeks(2));
        Kompass admin = Kompass.as("admin");
        HttpResponse<String> plan = admin.post("/api/offices/arnstadt/availability/work-plans",
                "{\"counsellor\":\"vertretung-arnstadt\",\"day\":\"SATURDAY\",\"from\":\"09:00\",\"to\":\"13:00\",\"breakFrom\":\"10:30\",\"breakTo\":\"11:00\"}");
        assertEquals(201, plan.statusCode(), plan.body());
        long id = Kompass.object(plan).getJsonNumber("id").longValue();
        assertEquals(List.of("09:00", "09:30", "11:00", "11:30", "12:00"), startsOn("arnstadt", saturday).stream()
                .map(start -> OffsetDateTime.parse(start).atZoneSameInstant(BERLIN).toLocalTime().toString()).toList());
        assertEquals(204, admin.send("DELETE", "/api/offices/arnstadt/availability/work-plans/" + id).statusCode());
        assertTrue(startsOn("arnstadt", saturday).isEmpty());
    }

    @Test
    void onlyAdminOrTheCounsellorThemselvesChangeAvailabilityAndNonsenseIsRefused() {
        String body = "{\"counsellor\":\"vertretung-arnstadt\",\"day\":\"2027-01-03\",\"from\":\"10:00\",\"to\":\"11:00\"}";
        assertEquals(403, Kompass.as("beratung-arnstadt").post("/api/offices/arnstadt/availability/extra-hours", body).statusCode(),
                "a counsellor keeps only their own hours");
        assertEquals(403, Kompass.as("empfang-arnstadt").post("/api/offices/arnstadt/availability/extra-hours", body).statusCode());
        assertEquals(403, Kompass.as("beratung-ilmenau").post("/api/offices/arnstadt/availability/extra-hours", body).statusCode());
        assertEquals(401, Kompass.anonymous().post("/api/offices/arnstadt/availability/extra-hours", body).statusCode());
        Kompass admin = Kompass.as("admin");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/work-plans",
                "{\"counsellor\":\"beratung-arnstadt\",\"day\":\"FUNDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}"), 400, "bad-weekday");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/work-plans",
                "{\"counsellor\":\"beratung-arnstadt\",\"day\":\"MONDAY\",\"from\":\"12:00\",\"to\":\"09:00\"}"), 400, "valid-until-before-from");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/work-plans",
                "{\"counsellor\":\"beratung-arnstadt\",\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"12:00\",\"breakFrom\":\"13:00\",\"breakTo\":\"14:00\"}"), 400, "break-outside-hours");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/work-plans",
                "{\"counsellor\":\"beratung-ilmenau\",\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}"), 400, "unknown-counsellor");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/extra-hours",
                "{\"counsellor\":\"beratung-arnstadt\",\"day\":\"2027-02-30\",\"from\":\"10:00\",\"to\":\"11:00\"}"), 400, "bad-date");
        AppointmentIT.assertProblem(admin.post("/api/offices/arnstadt/availability/extra-hours",
                "{\"counsellor\":\"beratung-arnstadt\",\"day\":\"2027-01-03\",\"from\":\"25:00\",\"to\":\"11:00\"}"), 400, "bad-clock-time");
    }
}

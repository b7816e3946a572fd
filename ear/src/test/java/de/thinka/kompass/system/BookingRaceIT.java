package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly one wins: 50 citizens press "book" for the same one-counsellor slot at the same moment; and of
 * bookings at different but overlapping times of the one counsellor (another hour each, so they do not wait for
 * each other in the server) exactly one wins too: the database locks must see that they overlap.
 */
class BookingRaceIT {

    static final int ATTEMPTS = 50;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void fiftyParallelAttemptsOnOneSlotGiveOneBooking() throws Exception {
        JsonObject slot = Citizen.someSlot("ilmenau", "schulden", 1);
        String start = slot.getString("start");
        assertEquals(1, wonOf(List.of(start)), "exactly one booking wins the slot");
        assertTrue(Citizen.slots("ilmenau", "schulden").stream().noneMatch(s -> s.getString("start").equals(start)));
    }

    @Test
    void parallelAttemptsOnOverlappingTimesGiveOneBooking() throws Exception {
        // a Sunday morning of the Ilmenau counsellor that nobody else books: talks of 60 minutes from 06:00 to 09:00
        LocalDate sunday = AvailabilityIT.ordinary("ilmenau", DayOfWeek.SUNDAY, LocalDate.now(BERLIN).plusWeeks(5));
        HttpResponse<String> extra = Kompass.as("admin").post("/api/offices/ilmenau/availability/extra-hours",
                "{\"counsellor\":\"beratung-ilmenau\",\"day\":\"" + sunday + "\",\"from\":\"06:00\",\"to\":\"09:00\"}");
        assertEquals(201, extra.statusCode(), extra.body());
        List<String> starts = Citizen.slots("ilmenau", "schulden").stream().map(s -> s.getString("start"))
                .filter(start -> OffsetDateTime.parse(start).atZoneSameInstant(BERLIN).toLocalDate().equals(sunday))
                .filter(start -> !OffsetDateTime.parse(start).atZoneSameInstant(BERLIN).toLocalTime().isAfter(LocalTime.of(7, 0)))
                .toList();
        // 06:00, 06:30 and 07:00: any two are less than talk plus buffer (75 minutes) apart, so only one can be held;
        // their locks differ by the hour they start in, but every two share one
        assertEquals(3, starts.size(), "free starts on " + sunday + ": " + starts);
        assertEquals(1, wonOf(starts), "exactly one of the overlapping bookings wins");
        assertTrue(Citizen.slots("ilmenau", "schulden").stream().noneMatch(s -> starts.contains(s.getString("start"))),
                "none of the overlapping times is offered any more");
    }

    /** {@value #ATTEMPTS} citizens book at the same moment, spread over the starts; the number that won. */
    private static int wonOf(List<String> starts) throws Exception {
        CountDownLatch ready = new CountDownLatch(ATTEMPTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                Citizen citizen = new Citizen();
                String start = starts.get(i % starts.size());
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return citizen.book(citizen.booking("ilmenau", "schulden", start));
                }));
            }
            ready.await();
            go.countDown();
            int won = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() == 201) {
                    won++;
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                    JsonObject problem = Kompass.object(response);
                    assertEquals("urn:kompass:problem:slot-taken", problem.getString("type"));
                    assertTrue(problem.getString("detail").startsWith("Dieser Termin ist leider gerade vergeben"), problem.getString("detail"));
                }
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }
}

package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exactly one wins: 50 citizens press "book" for the same one-counsellor slot at the same moment. */
class BookingRaceIT {

    static final int ATTEMPTS = 50;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void fiftyParallelAttemptsOnOneSlotGiveOneBooking() throws Exception {
        JsonObject slot = Citizen.someSlot("ilmenau", "schulden", 1);
        String start = slot.getString("start");
        CountDownLatch ready = new CountDownLatch(ATTEMPTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                Citizen citizen = new Citizen();
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
            assertEquals(1, won, "exactly one booking wins the slot");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Citizen.slots("ilmenau", "schulden").stream().noneMatch(s -> s.getString("start").equals(start)));
    }
}

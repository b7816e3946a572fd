package de.thinka.kompass.appointment.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimTurnsTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Duration TALK = Duration.ofMinutes(45);

    private final ClaimTurns turns = new ClaimTurns();

    @BeforeEach
    void wire() {
        turns.fullTimes = new FullTimes();
        turns.fullTimes.clock = Clock.fixed(START.minus(Duration.ofDays(1)), ZoneOffset.UTC);
    }

    @Test
    void theFirstAttemptGoesAheadAtOnce() {
        assertTrue(turns.take("arnstadt", START, TALK).isPresent());
    }

    @Test
    void aSecondAttemptWaitsAndIsRefusedAsSoonAsTheFirstHoldsTheLastCounsellor() throws Exception {
        ClaimTurns.Turn first = turns.take("arnstadt", START, TALK).orElseThrow();
        CompletableFuture<Optional<ClaimTurns.Turn>> second = CompletableFuture.supplyAsync(() -> turns.take("arnstadt", START, TALK));
        assertThrows(TimeoutException.class, () -> second.get(200, TimeUnit.MILLISECONDS), "waits while the first claims");

        first.filled();

        assertTrue(second.get(5, TimeUnit.SECONDS).isEmpty(), "refused before the first commits, without going to the database");
        assertTrue(turns.take("arnstadt", START, TALK).isEmpty(), "a later attempt too");
        first.end(true);
        assertTrue(turns.take("arnstadt", START, TALK).isEmpty(), "booked out");
    }

    @Test
    void aSecondAttemptGoesAheadWhenTheFirstRolledBack() throws Exception {
        ClaimTurns.Turn first = turns.take("arnstadt", START, TALK).orElseThrow();
        CompletableFuture<Optional<ClaimTurns.Turn>> second = CompletableFuture.supplyAsync(() -> turns.take("arnstadt", START, TALK));

        first.end(false);

        assertTrue(second.get(5, TimeUnit.SECONDS).isPresent());
    }

    @Test
    void aTimeIsFreeAgainWhenTheBookingThatHeldItRolledBack() {
        ClaimTurns.Turn first = turns.take("arnstadt", START, TALK).orElseThrow();
        first.filled();

        first.end(false);

        assertTrue(turns.take("arnstadt", START, TALK).isPresent());
    }

    @Test
    void aSecondAttemptGoesAheadWhenOtherCounsellorsAreStillFree() throws Exception {
        ClaimTurns.Turn first = turns.take("arnstadt", START, TALK).orElseThrow();
        CompletableFuture<Optional<ClaimTurns.Turn>> second = CompletableFuture.supplyAsync(() -> turns.take("arnstadt", START, TALK));

        first.end(true);

        assertTrue(second.get(5, TimeUnit.SECONDS).isPresent());
    }

    @Test
    void otherTimesDoNotWait() {
        turns.take("arnstadt", START, TALK).orElseThrow();

        assertTrue(turns.take("arnstadt", START.plus(Duration.ofHours(1)), TALK).isPresent());
        assertTrue(turns.take("ilmenau", START, TALK).isPresent());
        assertTrue(turns.take("arnstadt", START, Duration.ofMinutes(60)).isPresent());
    }

    @Test
    void aTimeMarkedFullIsRefusedAtOnce() {
        turns.take("arnstadt", START, TALK).ifPresent(turn -> {
            turn.filled();
            turn.end(true);
        });

        assertFalse(turns.take("arnstadt", START, TALK).isPresent());
    }
}

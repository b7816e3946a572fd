package de.thinka.kompass.staff.entity;

import de.thinka.kompass.staff.entity.LoginFailures.ThrottleRules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginFailuresTest {

    private static final ThrottleRules RULES = new ThrottleRules(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static LoginFailures failedTimes(int times, Duration apart) {
        LoginFailures failures = new LoginFailures("x", T0);
        for (int i = 0; i < times; i++) {
            failures.failed(T0.plus(apart.multipliedBy(i)), RULES);
        }
        return failures;
    }

    @Test
    void fourFailuresDoNotBlock() {
        assertEquals(Optional.empty(), failedTimes(4, Duration.ofMinutes(1)).blockedFor(T0.plusSeconds(240)));
    }

    @Test
    void theFifthFailureWithinTheWindowBlocksForTheBlockTime() {
        LoginFailures failures = failedTimes(5, Duration.ofMinutes(1));
        Instant fifth = T0.plus(Duration.ofMinutes(4));
        assertEquals(Optional.of(Duration.ofMinutes(15)), failures.blockedFor(fifth));
        assertEquals(Optional.of(Duration.ofMinutes(1)), failures.blockedFor(fifth.plus(Duration.ofMinutes(14))));
        assertEquals(Optional.empty(), failures.blockedFor(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverBlock() {
        LoginFailures failures = failedTimes(10, Duration.ofMinutes(4));
        assertEquals(Optional.empty(), failures.blockedFor(T0.plus(Duration.ofMinutes(36))));
    }

    @Test
    void afterTheBlockCountingStartsAgain() {
        LoginFailures failures = failedTimes(5, Duration.ZERO);
        Instant after = T0.plus(Duration.ofMinutes(16));
        failures.failed(after, RULES);
        assertEquals(1, failures.failures());
        assertEquals(Optional.empty(), failures.blockedFor(after));
    }

    @Test
    void expiresOnlyWhenWindowAndBlockAreOver() {
        LoginFailures blocked = failedTimes(5, Duration.ofMinutes(3));
        Instant lastFailure = T0.plus(Duration.ofMinutes(12));
        assertFalse(blocked.expired(T0.plus(Duration.ofMinutes(20)), RULES));
        assertTrue(blocked.expired(lastFailure.plus(Duration.ofMinutes(15)), RULES));
        assertTrue(failedTimes(1, Duration.ZERO).expired(T0.plus(Duration.ofMinutes(15)), RULES));
        assertFalse(failedTimes(1, Duration.ZERO).expired(T0.plus(Duration.ofMinutes(14)), RULES));
    }
}

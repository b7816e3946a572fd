package de.thinka.kompass.notification.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    @Test
    void waitDoublesAfterEachFailure() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), policy.delayAfter(7));
    }

    @Test
    void waitNeverExceedsTheCap() {
        assertEquals(Duration.ofHours(1), policy.delayAfter(8));
        assertEquals(Duration.ofHours(1), policy.delayAfter(11));
        assertEquals(Duration.ofHours(1), policy.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void exhaustedAfterTheLastAllowedAttempt() {
        assertFalse(policy.exhausted(11));
        assertTrue(policy.exhausted(12));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 0));
    }
}

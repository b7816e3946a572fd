package de.thinka.kompass.notification.entity;

import java.time.Duration;

/**
 * How long a mail waits after a failed attempt: {@code initial}, doubled after every further failure, never
 * more than {@code cap}; after {@code maxAttempts} attempts the outbox gives up.
 */
public record RetryPolicy(Duration initial, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < initial <= cap and maxAttempts >= 1");
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initial;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}

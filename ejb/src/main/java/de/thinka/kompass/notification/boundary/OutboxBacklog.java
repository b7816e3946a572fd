package de.thinka.kompass.notification.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the outbox is behind: mails waiting for delivery (of which some already failed at least once),
 * mails given up, and since when the oldest mail is due without having been sent.
 */
public record OutboxBacklog(long pending, long retrying, long failed, Instant oldestDueSince, Instant measuredAt) {

    /** How long the oldest due mail has been waiting; zero when nothing is due. */
    public Duration oldestDueAge() {
        if (oldestDueSince == null || oldestDueSince.isAfter(measuredAt)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestDueSince, measuredAt);
    }
}

package de.thinka.kompass.appointment.control;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How slots are cut: the talk's duration, the buffer kept free between two appointments of a counsellor,
 * the step between possible start times (counted from the start of each working period), the office's zone.
 */
public record SlotRules(Duration duration, Duration buffer, Duration step, ZoneId zone) {

    public SlotRules {
        if (duration.isNegative() || duration.isZero() || step.isNegative() || step.isZero() || buffer.isNegative()) {
            throw new IllegalArgumentException("duration and step must be positive, the buffer not negative");
        }
    }
}

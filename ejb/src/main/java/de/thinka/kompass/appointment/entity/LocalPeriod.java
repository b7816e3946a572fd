package de.thinka.kompass.appointment.entity;

import java.time.LocalTime;

/** A span of wall-clock time on one day, e.g. 09:00-12:00 (value object). */
public record LocalPeriod(LocalTime from, LocalTime to) {

    public LocalPeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period must start before it ends");
        }
    }
}

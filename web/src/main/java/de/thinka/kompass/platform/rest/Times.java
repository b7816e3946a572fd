package de.thinka.kompass.platform.rest;

import de.thinka.kompass.platform.boundary.InvalidInput;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/** Reading dates and times from requests (with a clear problem when they are none) and writing them in Berlin time. */
public final class Times {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int ECHO_MAX = 40;

    private Times() {
    }

    /** A day "2026-12-01", or null when absent. */
    public static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("bad-date", field, echo(value));
        }
    }

    /** A point in time with offset or Z ("2026-12-01T09:00:00+01:00"), or null when absent. */
    public static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInput("bad-time", field, echo(value));
        }
    }

    /** A time of day "09:30", or null when absent. */
    public static LocalTime clock(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("bad-clock-time", field, echo(value));
        }
    }

    public static DayOfWeek weekday(String value) {
        try {
            return DayOfWeek.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("bad-weekday", echo(value == null ? "" : value));
        }
    }

    /** How times leave the application: with the Berlin offset of that day, e.g. 2026-07-01T09:00+02:00. */
    public static OffsetDateTime berlin(Instant instant) {
        return instant == null ? null : instant.atZone(BERLIN).toOffsetDateTime();
    }

    private static String echo(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "");
        return clean.length() > ECHO_MAX ? clean.substring(0, ECHO_MAX) + "…" : clean;
    }
}

package de.thinka.kompass.settings.boundary;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** ISO-8601 durations as MicroProfile Config has them; "P90D" (a period of days) counts as 90 × 24 hours. */
final class Durations {

    private Durations() {
    }

    static Duration parse(String value) {
        String text = value.strip();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException notADuration) {
            Period period = Period.parse(text);
            if (period.getYears() != 0 || period.getMonths() != 0) {
                throw new DateTimeParseException("only days, hours and minutes", text, 0);
            }
            return Duration.ofDays(period.getDays());
        }
    }
}

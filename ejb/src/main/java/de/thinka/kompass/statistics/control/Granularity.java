package de.thinka.kompass.statistics.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The length of the periods figures are counted in; weeks are ISO weeks (Monday to Sunday). */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The first day of the period that contains the day. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** The starts of every period that touches the range, in order, also those without any contact. */
    public List<LocalDate> periods(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = start(from); !start.isAfter(to); start = next(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** "day", "week", ... as in addresses and file names; empty for anything else. */
    public static Optional<Granularity> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Granularity granularity : values()) {
            if (granularity.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(granularity);
            }
        }
        return Optional.empty();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.control.Slot;
import de.thinka.kompass.platform.rest.Times;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Free slots as people choose them on a page: first the day, then the time (Berlin time, in their language). */
public final class BookingTimes {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public record DayChoice(LocalDate day, String label, int times) {
    }

    public record TimeChoice(String start, String label) {
    }

    private BookingTimes() {
    }

    static List<DayChoice> days(List<Slot> slots, Locale locale) {
        Map<LocalDate, Long> perDay = slots.stream().collect(Collectors.groupingBy(
                slot -> LocalDate.ofInstant(slot.start(), Times.BERLIN), TreeMap::new, Collectors.counting()));
        return perDay.entrySet().stream()
                .map(entry -> new DayChoice(entry.getKey(), dayLabel(entry.getKey(), locale), entry.getValue().intValue()))
                .toList();
    }

    static List<TimeChoice> times(List<Slot> slots, LocalDate day) {
        return slots.stream()
                .filter(slot -> LocalDate.ofInstant(slot.start(), Times.BERLIN).equals(day))
                .map(slot -> new TimeChoice(Times.berlin(slot.start()).toString(), clock(slot.start())))
                .toList();
    }

    static String dayLabel(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }

    /** "Dienstag, 1. Dezember 2026, 09:00" in the reader's language. */
    static String moment(ZonedDateTime start, Locale locale) {
        return dayLabel(start.toLocalDate(), locale) + ", " + CLOCK.format(start);
    }

    /** "09:00", Berlin time. */
    static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(Times.BERLIN));
    }
}

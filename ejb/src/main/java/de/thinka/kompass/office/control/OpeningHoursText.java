package de.thinka.kompass.office.control;

import de.thinka.kompass.office.entity.OpeningHours;
import de.thinka.kompass.platform.boundary.Refusal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One weekday's opening hours as staff type them: "09:00-12:00, 13:00-16:00"; empty means closed. */
public final class OpeningHoursText {

    private OpeningHoursText() {
    }

    /** The periods, sorted; refused ("opening-hours") when unreadable, empty, reversed or overlapping. */
    public static List<OpeningHours> parse(DayOfWeek day, String text) {
        List<OpeningHours> periods = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.split("[,;]")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                throw refused(day);
            }
            LocalTime opens = time(ends[0], day);
            LocalTime closes = time(ends[1], day);
            if (!opens.isBefore(closes)) {
                throw refused(day);
            }
            periods.add(new OpeningHours(day, opens, closes));
        }
        periods.sort(Comparator.comparing(OpeningHours::opens));
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).opens().isBefore(periods.get(i - 1).closes())) {
                throw refused(day);
            }
        }
        return periods;
    }

    /** The form's text for the periods of one day, e.g. "09:00-12:00, 13:00-16:00". */
    public static String format(List<OpeningHours> periods) {
        return String.join(", ", periods.stream().map(p -> p.opens() + "-" + p.closes()).toList());
    }

    private static LocalTime time(String text, DayOfWeek day) {
        String value = text.strip().replace('.', ':');
        if (value.matches("\\d{1,2}")) {
            value = value + ":00";
        }
        if (value.matches("\\d:\\d{2}")) {
            value = "0" + value;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw refused(day);
        }
    }

    private static Refusal refused(DayOfWeek day) {
        return Refusal.invalid("opening-hours", day.getValue());
    }
}

package de.thinka.kompass.appointment.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarLocksTest {

    static long hour(String instant) {
        return Instant.parse(instant).getEpochSecond() / 3600;
    }

    @Test
    void aTalkLocksEveryHourItsTimeTouchesAndNoOther() {
        long nine = hour("2026-12-07T08:00:00Z");
        assertEquals(List.of(nine), CalendarLocks.hours(Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-07T09:00:00Z")),
                "09:00 to 10:00 (Berlin) is one hour; the next hour is not touched");
        assertEquals(List.of(nine, nine + 1), CalendarLocks.hours(Instant.parse("2026-12-07T08:30:00Z"), Instant.parse("2026-12-07T09:45:00Z")));
        assertEquals(List.of(nine, nine + 1, nine + 2),
                CalendarLocks.hours(Instant.parse("2026-12-07T08:59:59Z"), Instant.parse("2026-12-07T10:00:01Z")));
    }

    @Test
    void overlappingTimesShareAnHourAndTalksOfTheNextHourDoNot() {
        // 60-minute talks plus 15 minutes of buffer at 06:00 and 07:00 overlap
        List<Long> first = CalendarLocks.hours(Instant.parse("2026-12-07T05:00:00Z"), Instant.parse("2026-12-07T06:15:00Z"));
        List<Long> overlapping = CalendarLocks.hours(Instant.parse("2026-12-07T06:00:00Z"), Instant.parse("2026-12-07T07:15:00Z"));
        assertTrue(first.stream().anyMatch(overlapping::contains));
        // 45-minute talks plus 15 minutes at 09:00 and 10:00 do not: bookings of one counsellor's day go ahead together
        List<Long> nine = CalendarLocks.hours(Instant.parse("2026-12-07T08:00:00Z"), Instant.parse("2026-12-07T09:00:00Z"));
        List<Long> ten = CalendarLocks.hours(Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T10:00:00Z"));
        assertFalse(nine.stream().anyMatch(ten::contains));
    }
}

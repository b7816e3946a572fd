package de.thinka.kompass.appointment.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicHolidaysTest {

    @Test
    void thuringiaHasItsOwnHolidays() {
        Set<LocalDate> holidays2026 = PublicHolidays.compute(2026, "th");
        assertTrue(holidays2026.contains(LocalDate.of(2026, 10, 3)), "Tag der Deutschen Einheit");
        assertTrue(holidays2026.contains(LocalDate.of(2026, 4, 6)), "Ostermontag 2026");
        assertTrue(holidays2026.contains(LocalDate.of(2026, 9, 20)), "Weltkindertag, only in Thuringia");
        assertTrue(holidays2026.contains(LocalDate.of(2026, 10, 31)), "Reformationstag");
        assertTrue(holidays2026.contains(LocalDate.of(2026, 12, 25)));
        assertFalse(holidays2026.contains(LocalDate.of(2026, 11, 1)), "Allerheiligen is not a holiday in Thuringia");
        assertFalse(PublicHolidays.compute(2026, "by").contains(LocalDate.of(2026, 9, 20)), "not in Bavaria");
    }
}

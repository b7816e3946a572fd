package de.thinka.kompass.office.entity;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningHoursTest {

    private final OpeningHours mondayMorning = new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));

    @Test
    void coversFromOpeningUpToButNotIncludingClosing() {
        assertTrue(mondayMorning.covers(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        assertTrue(mondayMorning.covers(DayOfWeek.MONDAY, LocalTime.of(11, 59)));
        assertFalse(mondayMorning.covers(DayOfWeek.MONDAY, LocalTime.of(12, 0)));
        assertFalse(mondayMorning.covers(DayOfWeek.MONDAY, LocalTime.of(8, 59)));
        assertFalse(mondayMorning.covers(DayOfWeek.TUESDAY, LocalTime.of(10, 0)));
    }

    @Test
    void refusesPeriodsThatCloseBeforeTheyOpen() {
        assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)));
    }

    @Test
    void valueSemantics() {
        assertEquals(mondayMorning, new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertEquals(DayOfWeek.MONDAY, mondayMorning.day());
    }
}

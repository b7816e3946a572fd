package de.thinka.kompass.office.control;

import de.thinka.kompass.office.entity.OpeningHours;
import de.thinka.kompass.platform.boundary.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OpeningHoursTextTest {

    @Test
    void readsWhatStaffTypeSortedAndFormatsItBack() {
        List<OpeningHours> periods = OpeningHoursText.parse(DayOfWeek.MONDAY, " 13:00 – 16:00; 9-12 ");
        assertEquals(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))), periods);
        assertEquals("09:00-12:00, 13:00-16:00", OpeningHoursText.format(periods));
        assertEquals("09:30-12:00", OpeningHoursText.format(OpeningHoursText.parse(DayOfWeek.FRIDAY, "9.30-12")));
    }

    @Test
    void emptyMeansClosed() {
        assertEquals(List.of(), OpeningHoursText.parse(DayOfWeek.SUNDAY, "  "));
        assertEquals(List.of(), OpeningHoursText.parse(DayOfWeek.SUNDAY, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12:00-09:00", "09:00-09:00", "9-12, 11-14", "morgens", "09:00", "25:00-26:00", "9-12-15", "9-12,,13-14"})
    void refusesWithTheWeekday(String text) {
        Refusal refused = assertThrows(Refusal.class, () -> OpeningHoursText.parse(DayOfWeek.TUESDAY, text));
        assertEquals("opening-hours", refused.messageKey());
        assertEquals(List.of(2), refused.arguments());
    }
}

package de.thinka.kompass.statistics.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GranularityTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void periodsStartOnTheirFirstDay() {
        assertEquals(WEDNESDAY, Granularity.DAY.start(WEDNESDAY));
        assertEquals(LocalDate.of(2026, 11, 23), Granularity.WEEK.start(WEDNESDAY), "ISO week starts on Monday");
        assertEquals(LocalDate.of(2026, 11, 1), Granularity.MONTH.start(WEDNESDAY));
        assertEquals(LocalDate.of(2026, 10, 1), Granularity.QUARTER.start(WEDNESDAY));
        assertEquals(LocalDate.of(2026, 1, 1), Granularity.YEAR.start(WEDNESDAY));
        assertEquals(LocalDate.of(2026, 11, 23), Granularity.WEEK.start(LocalDate.of(2026, 11, 29)), "Sunday belongs to its week");
    }

    @Test
    void everyPeriodTouchingTheRangeIsListedAlsoEmptyOnes() {
        assertEquals(List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
                Granularity.MONTH.periods(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 2, 1)));
        assertEquals(List.of(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5)),
                Granularity.WEEK.periods(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 5)), "a week across the new year");
        assertEquals(4, Granularity.QUARTER.periods(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
        assertEquals(1, Granularity.DAY.periods(WEDNESDAY, WEDNESDAY).size());
    }

    @Test
    void parsedFromAddressesWithoutCaring() {
        assertEquals(Optional.of(Granularity.QUARTER), Granularity.parse(" Quarter "));
        assertEquals(Optional.empty(), Granularity.parse("fortnight"));
        assertEquals(Optional.empty(), Granularity.parse(null));
        assertEquals("month", Granularity.MONTH.slug());
    }
}

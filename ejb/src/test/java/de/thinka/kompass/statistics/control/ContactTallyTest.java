package de.thinka.kompass.statistics.control;

import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.statistics.boundary.StatisticsReport.FirstContactFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.PeriodFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.SourceFigures;
import de.thinka.kompass.statistics.entity.ContactOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static de.thinka.kompass.queue.entity.TicketSource.APPOINTMENT;
import static de.thinka.kompass.queue.entity.TicketSource.WALK_IN;
import static de.thinka.kompass.statistics.entity.ContactOutcome.DONE;
import static de.thinka.kompass.statistics.entity.ContactOutcome.HANDED_OVER;
import static de.thinka.kompass.statistics.entity.ContactOutcome.LEFT;
import static de.thinka.kompass.statistics.entity.ContactOutcome.NO_SHOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContactTallyTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    static DayCount count(String office, int dayOffset, TicketSource source, ContactOutcome outcome, boolean first, long n) {
        return new DayCount(office, MONDAY.plusDays(dayOffset), source, outcome, first, n);
    }

    static final ContactTally TALLY = new ContactTally(List.of(
            count("arnstadt", 0, WALK_IN, DONE, true, 3),
            count("arnstadt", 0, WALK_IN, DONE, false, 4),
            count("arnstadt", 1, APPOINTMENT, DONE, false, 2),
            count("arnstadt", 1, APPOINTMENT, NO_SHOW, false, 1),
            count("ilmenau", 2, WALK_IN, HANDED_OVER, true, 1),
            count("ilmenau", 9, WALK_IN, LEFT, false, 2),
            count("ilmenau", 9, WALK_IN, NO_SHOW, false, 1)));

    @Test
    void daysRollUpIntoWeeksPerOfficeWithEmptyWeeksKept() {
        List<PeriodFigures> weeks = TALLY.periods(Granularity.WEEK, MONDAY, MONDAY.plusDays(20), List.of("arnstadt", "ilmenau"));
        assertEquals(3, weeks.size());
        assertEquals(new PeriodFigures(MONDAY, Map.of("arnstadt", 9L, "ilmenau", 1L), 10, 1, 0), weeks.get(0));
        assertEquals(new PeriodFigures(MONDAY.plusWeeks(1), Map.of("arnstadt", 0L, "ilmenau", 0L), 0, 1, 2), weeks.get(1));
        assertEquals(new PeriodFigures(MONDAY.plusWeeks(2), Map.of("arnstadt", 0L, "ilmenau", 0L), 0, 0, 0), weeks.get(2));
    }

    @Test
    void contactsAreTalksNoShowsAndDeparturesCountApart() {
        assertEquals(List.of(new SourceFigures(WALK_IN, 8, 1, 2), new SourceFigures(APPOINTMENT, 2, 1, 0)), TALLY.sources());
        assertEquals(1.0 / 9, TALLY.sources().get(0).noShowRate(), 1e-9);
        assertEquals(1.0 / 3, TALLY.sources().get(1).noShowRate(), 1e-9);
        assertNull(new SourceFigures(WALK_IN, 0, 0, 3).noShowRate(), "no rate without anybody expected");
    }

    @Test
    void firstContactsAmongTalks() {
        assertEquals(new FirstContactFigures(4, 6), TALLY.firstContacts());
    }
}

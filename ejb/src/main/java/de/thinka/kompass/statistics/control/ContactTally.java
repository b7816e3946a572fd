package de.thinka.kompass.statistics.control;

import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.statistics.boundary.StatisticsReport.FirstContactFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.PeriodFigures;
import de.thinka.kompass.statistics.boundary.StatisticsReport.SourceFigures;
import de.thinka.kompass.statistics.entity.ContactOutcome;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Rolls the database's counts per day up into periods, sources and first contacts: the database groups by day
 * (portable SQL), the calendar arithmetic of weeks, quarters and years happens here.
 */
public final class ContactTally {

    private final List<DayCount> counts;

    public ContactTally(List<DayCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /** Every period of the range, also empty ones, with contacts per office (in the given order). */
    public List<PeriodFigures> periods(Granularity granularity, LocalDate from, LocalDate to, List<String> offices) {
        return granularity.periods(from, to).stream().map(start -> {
            Predicate<DayCount> inPeriod = count -> granularity.start(count.day()).equals(start);
            Map<String, Long> byOffice = new LinkedHashMap<>();
            offices.forEach(office -> byOffice.put(office,
                    sum(inPeriod.and(count -> count.office().equals(office)).and(ContactTally::served))));
            return new PeriodFigures(start, byOffice, sum(inPeriod.and(ContactTally::served)),
                    sum(inPeriod.and(outcome(ContactOutcome.NO_SHOW))), sum(inPeriod.and(outcome(ContactOutcome.LEFT))));
        }).toList();
    }

    public List<SourceFigures> sources() {
        return Arrays.stream(TicketSource.values()).map(source -> {
            Predicate<DayCount> from = count -> count.source() == source;
            return new SourceFigures(source, sum(from.and(ContactTally::served)),
                    sum(from.and(outcome(ContactOutcome.NO_SHOW))), sum(from.and(outcome(ContactOutcome.LEFT))));
        }).toList();
    }

    public FirstContactFigures firstContacts() {
        Predicate<DayCount> served = ContactTally::served;
        return new FirstContactFigures(sum(served.and(DayCount::firstContact)),
                sum(served.and(count -> !count.firstContact())));
    }

    private long sum(Predicate<DayCount> which) {
        return counts.stream().filter(which).mapToLong(DayCount::contacts).sum();
    }

    private static boolean served(DayCount count) {
        return count.outcome().served();
    }

    private static Predicate<DayCount> outcome(ContactOutcome outcome) {
        return count -> count.outcome() == outcome;
    }
}

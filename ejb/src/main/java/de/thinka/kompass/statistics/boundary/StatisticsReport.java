package de.thinka.kompass.statistics.boundary;

import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.statistics.control.Granularity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures for the funder report of a range of days. "Contacts" are talks that took place (done or handed
 * over); no-shows and visitors who left before their call are counted beside them.
 */
public record StatisticsReport(LocalDate from, LocalDate to, Granularity granularity, List<Office> offices,
                               List<PeriodFigures> periods, List<ConcernFigures> concerns,
                               List<SourceFigures> sources, FirstContactFigures firstContacts,
                               List<TimeFigures> times, List<HandoverFigures> handovers) {

    /** Contacts per office in one period (starting on {@code start}), and the no-shows and departures. */
    public record PeriodFigures(LocalDate start, Map<String, Long> contactsByOffice, long contacts, long noShows,
                                long left) {
    }

    /** Contacts that touched the concern category (a contact with several categories counts for each). */
    public record ConcernFigures(Concern concern, long contacts) {
    }

    /** Walk-in or booked: contacts, no-shows, departures and the no-show rate (no-shows among contacts + no-shows). */
    public record SourceFigures(TicketSource source, long contacts, long noShows, long left) {
        public Double noShowRate() {
            long expected = contacts + noShows;
            return expected == 0 ? null : (double) noShows / expected;
        }
    }

    /** Contacts marked as first contact by reception, and the others (repeat visits or not marked). */
    public record FirstContactFigures(long first, long other) {
    }

    /** Waiting and service time of one office ({@code office} null: all offices of the report). */
    public record TimeFigures(String office, DurationFigures waiting, DurationFigures service) {
    }

    /** How many durations there were, their median and 90th percentile in seconds (null without any). */
    public record DurationFigures(int count, Double medianSeconds, Double p90Seconds) {
    }

    /** Handovers to partners of one type, by their outcome so far. */
    public record HandoverFigures(PartnerType partnerType, Map<HandoverState, Long> byOutcome, long total) {
    }

    /** All contacts of the range. */
    public long contacts() {
        return periods.stream().mapToLong(PeriodFigures::contacts).sum();
    }
}

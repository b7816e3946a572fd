package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OpeningHours;
import de.thinka.kompass.queue.control.QueueLedger;
import de.thinka.kompass.queue.entity.QueueCounter;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.platform.cluster.JobLeadership;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The office day ends: tickets that were waiting or called at the last closing time of the day (or are left
 * over from an earlier day) are closed as "left", talks still running as done, half an hour after closing. The ticket numbers restart the next
 * day by themselves ({@link QueueCounter#nextNumber}). Runs every ten minutes and is idempotent.
 */
@Singleton
public class DayClosing {

    private static final Logger LOG = Logger.getLogger(DayClosing.class.getName());
    /** Staff finish the last talks; the closing run waits this long after the last opening period. */
    private static final Duration GRACE = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    QueueLedger ledger;

    @Inject
    OfficeDirectory directory;

    @Inject
    Clock clock;

    @Inject
    JobLeadership leadership;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void closeFinishedDays() {
        if (!leadership.isLeader()) {
            return; // another instance of the cluster runs the background jobs
        }
        directory.offices().forEach(this::close);
    }

    /** Closes what is left open of the office's past days, and of today once the office has closed. */
    public int close(Office office) {
        List<Ticket> leftOver = em.createNamedQuery(Ticket.LEFT_OPEN_BEFORE, Ticket.class)
                .setParameter("office", office.id()).setParameter("day", ledger.today()).getResultList();
        List<Ticket> today = lastClosing(office)
                .filter(closing -> clock.instant().isAfter(closing.plus(GRACE)))
                .map(closing -> ledger.openTickets(office.id()).stream()
                        .filter(ticket -> ticket.issuedAt().isBefore(closing)).toList())
                .orElse(List.of());
        if (leftOver.isEmpty() && today.isEmpty()) {
            return 0;
        }
        QueueCounter counter = ledger.lock(office.id());
        int closed = 0;
        for (Ticket ticket : concat(leftOver, today)) {
            em.refresh(ticket);
            if (ticket.state().isOpen()) {
                ticket.closeAtEndOfDay(ledger.now());
                ledger.record(counter, office, "ticket-" + (ticket.state().name().equals("DONE") ? "finished" : "left"), ticket);
                closed++;
            }
        }
        int count = closed;
        LOG.info(() -> "Day closing for " + office.id() + ": " + count + " open tickets closed");
        return closed;
    }

    /**
     * Today's last closing time. Only tickets that were waiting at that moment are closed: a visitor let in
     * after hours (an evening event) keeps the number until the next day's run.
     */
    private Optional<Instant> lastClosing(Office office) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return office.openingHoursOn(now.getDayOfWeek()).stream().map(OpeningHours::closes)
                .max(Comparator.naturalOrder())
                .map(closes -> now.with(closes).toInstant());
    }

    private static List<Ticket> concat(List<Ticket> a, List<Ticket> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

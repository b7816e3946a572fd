package de.thinka.kompass.queue.control;

import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.boundary.QueueFigures;
import de.thinka.kompass.queue.boundary.TicketFacts;
import de.thinka.kompass.queue.entity.QueueCounter;
import de.thinka.kompass.queue.entity.Ticket;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bookkeeping every queue change shares: take the office's lock, read the day's open tickets, count the
 * change and announce it (delivered to observers after commit). Runs inside the caller's transaction.
 */
@Dependent
public class QueueLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QueueSettings settings;

    @Inject
    Event<QueueChanged> changes;

    @Inject
    QueueEvents events;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Locks the office's queue for the rest of the transaction (SELECT ... FOR UPDATE). */
    public QueueCounter lock(String officeId) {
        QueueCounter counter = em.find(QueueCounter.class, officeId, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new QueueCounter(officeId);
            em.persist(counter);
            em.flush();
        }
        return counter;
    }

    /** The open tickets of the office today. */
    public List<Ticket> openTickets(String officeId) {
        return em.createNamedQuery(Ticket.OPEN_OF_DAY, Ticket.class)
                .setParameter("office", officeId).setParameter("day", today()).getResultList();
    }

    public QueueFigures figures(String officeId) {
        List<Long> waiting = QueueOrder.waiting(openTickets(officeId)).stream().map(Ticket::id).toList();
        List<Duration> serviceTimes = em.createNamedQuery(Ticket.FINISHED_OF_DAY, Ticket.class)
                .setParameter("office", officeId).setParameter("day", today())
                .setMaxResults(settings.estimateSample()).getResultStream()
                .map(ticket -> Duration.between(ticket.startedAt().orElseThrow(), ticket.finishedAt().orElseThrow()))
                .toList();
        long desks = em.createNamedQuery(Ticket.DESKS_ACTIVE_SINCE, Long.class)
                .setParameter("office", officeId).setParameter("day", today())
                .setParameter("since", now().minus(settings.activeDeskWindow()).atOffset(java.time.ZoneOffset.UTC))
                .getSingleResult();
        WaitEstimate estimate = WaitEstimate.of(serviceTimes, settings.defaultServiceTime(), (int) desks);
        return new QueueFigures(waiting, estimate.medianServiceMinutes(), estimate.activeDesks());
    }

    /** Counts the change (the office must be locked), stores it and announces it after commit. */
    public QueueChanged record(QueueCounter counter, Office office, String type, Ticket ticket) {
        em.flush();
        QueueChanged change = new QueueChanged(office.id(), counter.nextSeq(), type, TicketFacts.of(ticket, office),
                figures(office.id()));
        events.append(change, now());
        changes.fire(change);
        return change;
    }
}

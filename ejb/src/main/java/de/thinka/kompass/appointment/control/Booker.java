package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Makes sure exactly one booking wins a counsellor's time, whatever the timing: the counsellor's time is
 * {@link CalendarLocks locked} before the overlap check (per hour on PostgreSQL, per day on H2), so competing
 * bookings queue up and see each other, while other hours and counsellors go ahead; the unique
 * (counsellor, held_start) constraint is the database's last word. Runs in the caller's transaction. Attempts of
 * this server on the same time take {@link ClaimTurns turns} before that, so a storm on a few times does not
 * queue at the lock.
 */
@Dependent
public class Booker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Availability availability;

    @Inject
    BookingSettings settings;

    @Inject
    CalendarLocks locks;

    @Inject
    ClaimTurns turns;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Event<FullTimes.Filled> filled;

    @Inject
    Event<FullTimes.Freed> freed;

    /**
     * A counsellor free for the whole talk from {@code start}, locked until the transaction ends.
     *
     * @param preferred a counsellor who must be the one (staff choose), or null for whoever is free
     * @param except    the appointment being moved (its own time counts as free), or null
     */
    public String claim(String officeId, Duration duration, Instant start, String preferred, Long except) {
        if (except == null && preferred == null) {
            return claim(officeId, duration, start, () -> { });
        }
        return claim(officeId, duration, start, preferred, except, null);
    }

    /**
     * A counsellor free for the whole talk from {@code start}, whoever it is; {@code attemptRules} (rules about the
     * attempt itself, e.g. how many bookings its contact already holds) are checked once it is this attempt's
     * turn and before it holds the time, so an attempt they refuse never makes the others waiting on that time
     * hear "vergeben".
     */
    public String claim(String officeId, Duration duration, Instant start, Runnable attemptRules) {
        ClaimTurns.Turn turn = turns.take(officeId, start, duration).orElseThrow(AppointmentProblem::slotTaken);
        endWithTransaction(turn);
        attemptRules.run();
        return claim(officeId, duration, start, null, null, turn);
    }

    private String claim(String officeId, Duration duration, Instant start, String preferred, Long except,
                         ClaimTurns.Turn turn) {
        LocalDate day = LocalDate.ofInstant(start, BookingSettings.ZONE);
        List<String> free = availability.slots(officeId, duration, day, day, start, start.plusSeconds(1), except)
                .stream().filter(slot -> slot.start().equals(start)).findFirst()
                .map(Slot::counsellors).orElse(List.of());
        for (String counsellor : free) {
            if (preferred != null && !preferred.equals(counsellor)) {
                continue;
            }
            // two talks clash when [start, end + buffer) of the one overlaps that of the other: then they share a lock
            locks.lock(counsellor, start, start.plus(duration).plus(settings.buffer()));
            if (clashes(counsellor, start, start.plus(duration), except) == 0) {
                if (free.size() == 1) {
                    filled.fire(new FullTimes.Filled(officeId, start, duration));
                    if (turn != null) {
                        turn.filled();
                    }
                }
                return counsellor;
            }
        }
        throw AppointmentProblem.slotTaken();
    }

    /** The turn ends when the transaction does, after commit or rollback (also when this claim is refused). */
    private void endWithTransaction(ClaimTurns.Turn turn) {
        try {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before
                }

                @Override
                public void afterCompletion(int status) {
                    turn.end(status == Status.STATUS_COMMITTED);
                }
            });
        } catch (IllegalStateException noTransaction) {
            turn.end(false);
        }
    }

    /** A booking of the office gave its time back (cancelled or moved): forget the shortcut marks. */
    public void released(String officeId) {
        freed.fire(new FullTimes.Freed(officeId));
    }

    /** Stores a new appointment; a lost race at the constraint is reported like a taken slot. */
    public void store(Appointment appointment) {
        em.persist(appointment);
        flush();
    }

    /** Writes a moved appointment now, so a lost race surfaces here as a taken slot. */
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException lostRace) {
            throw AppointmentProblem.slotTaken();
        }
    }

    private long clashes(String counsellor, Instant start, Instant end, Long except) {
        return em.createNamedQuery(Appointment.HELD_BY_COUNSELLOR_BETWEEN, Long.class)
                .setParameter("counsellor", counsellor)
                .setParameter("from", start.minus(settings.buffer()).atOffset(ZoneOffset.UTC))
                .setParameter("to", end.plus(settings.buffer()).atOffset(ZoneOffset.UTC))
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult();
    }
}

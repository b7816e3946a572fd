package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentProblem;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Makes sure exactly one booking wins a counsellor's time, whatever the timing: the counsellor's row is
 * locked (SELECT ... FOR UPDATE) before the overlap check, so competing bookings queue up and see each other;
 * the unique (counsellor, held_start) constraint is the database's last word. Runs in the caller's transaction.
 */
@Dependent
public class Booker {

    @PersistenceContext
    EntityManager em;

    @Inject
    Availability availability;

    @Inject
    BookingSettings settings;

    /**
     * A counsellor free for the whole talk from {@code start}, locked until the transaction ends.
     *
     * @param preferred a counsellor who must be the one (staff choose), or null for whoever is free
     * @param except    the appointment being moved (its own time counts as free), or null
     */
    public String claim(String officeId, Duration duration, Instant start, String preferred, Long except) {
        LocalDate day = LocalDate.ofInstant(start, BookingSettings.ZONE);
        List<String> free = availability.slots(officeId, duration, day, day, start, start.plusSeconds(1), except)
                .stream().filter(slot -> slot.start().equals(start)).findFirst()
                .map(Slot::counsellors).orElse(List.of());
        for (String counsellor : free) {
            if (preferred != null && !preferred.equals(counsellor)) {
                continue;
            }
            em.find(StaffAccount.class, counsellor, LockModeType.PESSIMISTIC_WRITE);
            if (clashes(counsellor, start, start.plus(duration), except) == 0) {
                return counsellor;
            }
        }
        throw AppointmentProblem.slotTaken();
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

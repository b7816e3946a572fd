package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.WorkPlan;
import de.thinka.kompass.office.entity.OfficeClosure;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what the slot planner needs for an office and a range of days (plans, extra hours, absences, closures,
 * holidays, the held appointments of all offices: a counsellor working in both can be booked only once) and
 * lets {@link SlotPlanner} cut the free start times. Six small queries, no per-day round trips.
 */
@Dependent
public class Availability {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicHolidays holidays;

    @Inject
    BookingSettings settings;

    /**
     * Free start times for a talk of the given length.
     *
     * @param except an appointment whose own time counts as free (when it is being moved), or null
     */
    public List<Slot> slots(String officeId, Duration duration, LocalDate fromDay, LocalDate toDay,
                            Instant earliest, Instant latest, Long except) {
        Set<String> inactive = new HashSet<>(em.createQuery(
                "select s.username from StaffAccount s where s.active = false", String.class).getResultList());
        List<WorkPlan> plans = em.createNamedQuery(WorkPlan.VALID_BETWEEN, WorkPlan.class)
                .setParameter("from", fromDay).setParameter("to", toDay).getResultStream()
                .filter(plan -> !inactive.contains(plan.username())).toList();
        List<ExtraHours> extras = em.createNamedQuery(ExtraHours.BETWEEN, ExtraHours.class)
                .setParameter("from", fromDay).setParameter("to", toDay).getResultStream()
                .filter(extra -> !inactive.contains(extra.username())).toList();
        List<Absence> absences = em.createNamedQuery(Absence.OVERLAPPING, Absence.class)
                .setParameter("from", fromDay).setParameter("to", toDay).getResultList();
        Set<LocalDate> closed = new HashSet<>(holidays.between(fromDay, toDay));
        em.createNamedQuery(OfficeClosure.BETWEEN, OfficeClosure.class).setParameter("office", officeId)
                .setParameter("from", fromDay).setParameter("to", toDay).getResultStream()
                .forEach(closure -> closed.add(closure.day()));
        List<WorkingTime> times = WorkingTimes.of(officeId, fromDay, toDay, plans, extras, absences, closed);
        SlotRules rules = new SlotRules(duration, settings.buffer(), settings.step(), BookingSettings.ZONE);
        return SlotPlanner.plan(times, busy(fromDay, toDay, except), rules, earliest, latest);
    }

    private List<BusyTime> busy(LocalDate fromDay, LocalDate toDay, Long except) {
        Instant from = fromDay.atStartOfDay(BookingSettings.ZONE).toInstant().minus(settings.buffer());
        Instant to = toDay.plusDays(1).atStartOfDay(BookingSettings.ZONE).toInstant().plus(settings.buffer());
        return em.createNamedQuery(Appointment.HELD_BETWEEN, Appointment.class)
                .setParameter("from", from.atOffset(ZoneOffset.UTC)).setParameter("to", to.atOffset(ZoneOffset.UTC))
                .getResultStream()
                .filter(appointment -> !appointment.id().equals(except))
                .map(appointment -> new BusyTime(appointment.counsellor(), appointment.start(), appointment.end()))
                .toList();
    }
}

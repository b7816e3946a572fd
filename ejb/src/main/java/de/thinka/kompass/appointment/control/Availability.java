package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Appointment;
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
 * Gathers what the slot planner needs for an office and a range of days (plans, extra hours, absences, closures
 * from {@link PlanningData}, holidays, and the held appointments of all offices: a counsellor working in both
 * can be booked only once) and lets {@link SlotPlanner} cut the free start times. One query per search.
 */
@Dependent
public class Availability {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicHolidays holidays;

    @Inject
    PlanningData planningData;

    @Inject
    BookingSettings settings;

    /**
     * Free start times for a talk of the given length.
     *
     * @param except an appointment whose own time counts as free (when it is being moved), or null
     */
    public List<Slot> slots(String officeId, Duration duration, LocalDate fromDay, LocalDate toDay,
                            Instant earliest, Instant latest, Long except) {
        PlanningData.Snapshot planning = planningData.covering(fromDay);
        Set<LocalDate> closed = new HashSet<>(holidays.between(fromDay, toDay));
        closed.addAll(planning.closures(officeId, fromDay, toDay));
        List<WorkingTime> times = WorkingTimes.of(officeId, fromDay, toDay, planning.plans(toDay),
                planning.extras(fromDay, toDay), planning.absences(fromDay, toDay), closed);
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

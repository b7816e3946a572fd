package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.WorkPlan;
import de.thinka.kompass.office.entity.OfficeClosure;
import de.thinka.kompass.staff.boundary.StaffAccounts;
import de.thinka.kompass.platform.cluster.ClusterWide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rarely changing half of availability, kept in memory: working plans, extra hours, absences, closure
 * days and inactive accounts from yesterday on. Reloaded after every change made here (after commit) and at
 * the latest after {@link #MAX_AGE}, so a change made elsewhere (another server, the database) counts within a
 * minute. Slot searches and bookings then read only the appointments themselves.
 */
@ApplicationScoped
public class PlanningData {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** What the planner needs, as of one moment. */
    public record Snapshot(List<WorkPlan> plans, List<ExtraHours> extras, List<Absence> absences,
                           List<OfficeClosure> closures, Set<String> inactive, LocalDate since, Instant loadedAt) {

        List<WorkPlan> plans(LocalDate to) {
            return plans.stream().filter(plan -> !plan.validFrom().isAfter(to) && !inactive.contains(plan.username())).toList();
        }

        List<ExtraHours> extras(LocalDate from, LocalDate to) {
            return extras.stream().filter(extra -> !extra.day().isBefore(from) && !extra.day().isAfter(to)
                    && !inactive.contains(extra.username())).toList();
        }

        List<Absence> absences(LocalDate from, LocalDate to) {
            return absences.stream().filter(a -> !a.firstDay().isAfter(to) && !a.lastDay().isBefore(from)).toList();
        }

        Set<LocalDate> closures(String officeId, LocalDate from, LocalDate to) {
            return closures.stream().filter(c -> c.officeId().equals(officeId) && !c.day().isBefore(from) && !c.day().isAfter(to))
                    .map(OfficeClosure::day).collect(Collectors.toSet());
        }
    }

    /** Fired by whoever changes plans, extra hours, absences or closures; observed after commit. */
    public record Changed() implements ClusterWide {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Snapshot current;

    /** The planning data, loaded now if there is none, it is too old, or it does not reach back to {@code from}. */
    public Snapshot covering(LocalDate from) {
        Snapshot snapshot = current;
        if (snapshot == null || from.isBefore(snapshot.since())
                || clock.instant().isAfter(snapshot.loadedAt().plus(MAX_AGE))) {
            snapshot = load(from.isBefore(today().minusDays(1)) ? from : today().minusDays(1));
            if (!from.isBefore(today().minusDays(1))) {
                current = snapshot;
            }
        }
        return snapshot;
    }

    void reloadAfterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        current = null;
    }

    /** A deactivated counsellor's times are no longer offered, a reactivated one's again. */
    void reloadAfterAccountChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffAccounts.AccountChanged change) {
        current = null;
    }

    private Snapshot load(LocalDate since) {
        Set<String> inactive = new HashSet<>(em.createQuery(
                "select s.username from StaffAccount s where s.active = false", String.class).getResultList());
        List<WorkPlan> plans = em.createQuery("select p from WorkPlan p where p.validUntil is null or p.validUntil >= :since",
                WorkPlan.class).setParameter("since", since).getResultList();
        List<ExtraHours> extras = em.createQuery("select e from ExtraHours e where e.day >= :since", ExtraHours.class)
                .setParameter("since", since).getResultList();
        List<Absence> absences = em.createQuery("select a from Absence a where a.lastDay >= :since", Absence.class)
                .setParameter("since", since).getResultList();
        List<OfficeClosure> closures = em.createQuery("select c from OfficeClosure c where c.day >= :since", OfficeClosure.class)
                .setParameter("since", since).getResultList();
        return new Snapshot(List.copyOf(plans), List.copyOf(extras), List.copyOf(absences), List.copyOf(closures),
                Set.copyOf(inactive), since, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BookingSettings.ZONE));
    }
}

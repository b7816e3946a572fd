package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.audit.boundary.Audited;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.AbsenceKind;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.LocalPeriod;
import de.thinka.kompass.appointment.entity.WorkPlan;
import de.thinka.kompass.appointment.control.PlanningData;
import de.thinka.kompass.appointment.control.PublicHolidays;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OfficeClosure;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.boundary.RoleMissing;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * When counsellors can be booked: weekly plans, one-off extra hours, absences, an office's closure days.
 * A counsellor keeps their own; ADMIN keeps everyone's and the closures. Everyone of the office may look.
 */
@Stateless
public class AvailabilityPlanning {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    PublicHolidays holidays;

    @Inject
    Event<PlanningData.Changed> changed;

    /** Everything that decides the office's bookable times between two days. */
    public AvailabilityView view(String officeId, LocalDate from, LocalDate to) {
        Office office = currentStaff.requireOffice(officeId);
        if (to.isBefore(from) || to.isAfter(from.plusDays(SlotSearch.MAX_DAYS))) {
            throw Refusal.invalid(to.isBefore(from) ? "range-reversed" : "range-too-long", SlotSearch.MAX_DAYS);
        }
        List<WorkPlan> plans = em.createNamedQuery(WorkPlan.VALID_BETWEEN, WorkPlan.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(plan -> plan.officeId().equals(office.id())).toList();
        List<ExtraHours> extras = em.createNamedQuery(ExtraHours.BETWEEN, ExtraHours.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(extra -> extra.officeId().equals(office.id())).toList();
        List<Absence> absences = em.createNamedQuery(Absence.OVERLAPPING, Absence.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(absence -> worksFor(absence.username(), office.id())).toList();
        List<OfficeClosure> closures = em.createNamedQuery(OfficeClosure.BETWEEN, OfficeClosure.class)
                .setParameter("office", office.id()).setParameter("from", from).setParameter("to", to).getResultList();
        return new AvailabilityView(office, from, to, plans, extras, absences, closures,
                holidays.between(from, to).stream().sorted().toList());
    }

    @Audited("planning.work-plan-add")
    public WorkPlan addWorkPlan(@AuditObject("office") String officeId, String counsellor, DayOfWeek day, LocalPeriod hours, LocalPeriod pause,
                                LocalDate validFrom, LocalDate validUntil) {
        Office office = requireKeeper(officeId, counsellor);
        WorkPlan plan = new WorkPlan(counsellor, office.id(), day, hours, pause,
                validFrom == null ? LocalDate.of(2000, 1, 1) : validFrom, validUntil);
        changed.fire(new PlanningData.Changed());
        em.persist(plan);
        return plan;
    }

    @Audited("planning.work-plan-remove")
    public void removeWorkPlan(@AuditObject("work-plan") long id) {
        WorkPlan plan = em.find(WorkPlan.class, id);
        if (plan == null) {
            throw Refusal.notFound("unknown-plan");
        }
        requireKeeper(plan.officeId(), plan.username());
        changed.fire(new PlanningData.Changed());
        em.remove(plan);
    }

    @Audited("planning.extra-hours-add")
    public ExtraHours addExtraHours(@AuditObject("office") String officeId, String counsellor, LocalDate day, LocalPeriod hours) {
        Office office = requireKeeper(officeId, counsellor);
        ExtraHours extra = new ExtraHours(counsellor, office.id(), day, hours);
        changed.fire(new PlanningData.Changed());
        em.persist(extra);
        return extra;
    }

    @Audited("planning.absence-add")
    public Absence addAbsence(@AuditObject("office") String officeId, String counsellor, LocalDate first, LocalDate last, AbsenceKind kind) {
        requireKeeper(officeId, counsellor);
        Absence absence = new Absence(counsellor, first, last, kind);
        changed.fire(new PlanningData.Changed());
        em.persist(absence);
        return absence;
    }

    @Audited("planning.office-closure")
    public OfficeClosure closeOffice(@AuditObject("office") String officeId, LocalDate day, String reason) {
        Office office = currentStaff.requireOffice(officeId, Role.ADMIN);
        String why = reason == null || reason.isBlank() ? "Geschlossen" : reason.strip();
        if (why.length() > 120) {
            throw Refusal.invalid("reason-too-long", 120);
        }
        OfficeClosure closure = em.find(OfficeClosure.class, new OfficeClosure.Key(office.id(), day));
        if (closure == null) {
            closure = new OfficeClosure(office.id(), day, why);
            em.persist(closure);
            changed.fire(new PlanningData.Changed());
        }
        return closure;
    }

    /** ADMIN takes a closure day back; the office is open again that day as its opening hours say. */
    public void reopenOffice(String officeId, LocalDate day) {
        Office office = currentStaff.requireOffice(officeId, Role.ADMIN);
        OfficeClosure closure = day == null ? null : em.find(OfficeClosure.class, new OfficeClosure.Key(office.id(), day));
        if (closure == null) {
            throw Refusal.notFound("unknown-closure", day == null ? "" : day);
        }
        em.remove(closure);
        changed.fire(new PlanningData.Changed());
    }

    /** ADMIN of the office for anyone, a counsellor for themselves; the counsellor must work for the office. */
    private Office requireKeeper(String officeId, String counsellor) {
        Office office = currentStaff.requireOffice(officeId);
        StaffAccount me = currentStaff.account();
        if (!me.has(Role.ADMIN) && !(me.has(Role.COUNSELLOR) && me.username().equals(counsellor))) {
            throw new RoleMissing();
        }
        if (!worksFor(counsellor, office.id())) {
            throw Refusal.invalid("unknown-counsellor", counsellor == null ? "" : counsellor);
        }
        return office;
    }

    private boolean worksFor(String username, String officeId) {
        StaffAccount account = username == null ? null : em.find(StaffAccount.class, username);
        return account != null && account.active() && account.worksFor(officeId);
    }
}

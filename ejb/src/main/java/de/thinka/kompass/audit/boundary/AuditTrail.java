package de.thinka.kompass.audit.boundary;

import de.thinka.kompass.audit.entity.AuditEvent;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit trail: written by {@link Audited} boundary methods (in their transaction) and by the few places
 * that have no such method (login, calendar replies, timed jobs); read and filtered by ADMIN.
 */
@Stateless
public class AuditTrail {

    public static final int PAGE_SIZE = 50;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** An entry for the logged-in caller, or for {@code anonymousActor} when nobody is logged in. */
    public void record(String action, String anonymousActor, AuditSubject subject) {
        recordAs(caller().orElse(anonymousActor), action, subject);
    }

    /** An entry with the actor given (jobs, partner replies); {@code subject} may be null. */
    public void recordAs(String actor, String action, AuditSubject subject) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subject == null ? null : subject.auditType(),
                subject == null ? null : subject.auditId(), subject == null ? null : subject.auditOffice()));
    }

    /**
     * A login attempt. The typed user name is kept only when an account has it: a name no account has may be a
     * password typed into the wrong field, so it is recorded as {@link Audited#UNKNOWN}.
     */
    public void login(String typedUsername, boolean succeeded) {
        boolean known = typedUsername != null && !typedUsername.isBlank()
                && em.find(StaffAccount.class, typedUsername) != null;
        recordAs(known ? typedUsername : Audited.UNKNOWN, succeeded ? "login" : "login.failed", null);
    }

    /** ADMIN: one page of the trail, newest first, filtered by what is given (null or blank: any). */
    public AuditPage search(AuditFilter filter) {
        currentStaff.requireRole(Role.ADMIN);
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(jpql, parameters, "e.actor = :actor", "actor", blankToNull(filter.actor()));
        condition(jpql, parameters, "e.officeId = :office", "office", blankToNull(filter.office()));
        String action = blankToNull(filter.action());
        condition(jpql, parameters, "(e.action = :action or e.action like :actionPrefix)", "action", action);
        if (action != null) {
            parameters.put("actionPrefix", action.replace("%", "").replace("_", "") + ".%");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw Refusal.invalid("range-reversed");
        }
        condition(jpql, parameters, "e.occurredAt >= :from", "from", startOf(filter.from()));
        condition(jpql, parameters, "e.occurredAt < :to", "to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEvent> query = em.createQuery(jpql.toString(), AuditEvent.class);
        parameters.forEach(query::setParameter);
        int page = Math.max(0, filter.page());
        List<AuditEvent> found = query.setFirstResult(page * PAGE_SIZE).setMaxResults(PAGE_SIZE + 1).getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        found.stream().limit(PAGE_SIZE).map(AuditEntry::of).forEach(entries::add);
        return new AuditPage(entries, page, found.size() > PAGE_SIZE);
    }

    private Optional<String> caller() {
        Principal principal = session.getCallerPrincipal();
        // Payara names the unauthenticated caller ANONYMOUS; a staff account is usually in the transaction's
        // persistence context already (the boundary checked it), so the look-up costs no query
        return Optional.ofNullable(principal).map(Principal::getName)
                .filter(name -> !ANONYMOUS.equalsIgnoreCase(name))
                .filter(name -> em.find(StaffAccount.class, name) != null);
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(BERLIN).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

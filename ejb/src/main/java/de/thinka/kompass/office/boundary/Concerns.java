package de.thinka.kompass.office.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.office.control.Slug;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.office.control.SharedOfficeCache;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.List;

/**
 * ADMIN keeps the concern categories: names in German and English, planned duration, online booking, active.
 * The slot search reads concerns from the shared cache, which the change updates, so a new duration or
 * "not bookable online" counts for the next search.
 */
@Stateless
public class Concerns {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;

    /** What ADMIN enters about a concern. */
    public record ConcernDetails(String nameDe, String nameEn, Integer minutes, boolean bookableOnline, boolean active) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SharedOfficeCache.Changed> cacheChanged;

    @Inject
    CurrentStaff currentStaff;

    /** Active and inactive ones, in their order. */
    public List<Concern> all() {
        currentStaff.requireRole(Role.ADMIN);
        return em.createNamedQuery(Concern.ALL, Concern.class).getResultList();
    }

    @Audited("admin.concern.create")
    public Concern create(ConcernDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        check(details, null);
        List<Concern> existing = em.createNamedQuery(Concern.ALL, Concern.class).getResultList();
        String base = Slug.of(details.nameDe(), 36);
        String id = base;
        for (int n = 2; em.find(Concern.class, id) != null; n++) {
            id = base + "-" + n;
        }
        int position = existing.stream().mapToInt(Concern::position).max().orElse(0) + 1;
        Concern concern = new Concern(id, position, details.nameDe().strip(), details.nameEn().strip(),
                Duration.ofMinutes(details.minutes()), details.bookableOnline());
        em.persist(concern);
        cacheChanged.fire(new SharedOfficeCache.Changed());
        return concern;
    }

    @Audited("admin.concern.change")
    public Concern change(@AuditObject("concern") String id, ConcernDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        Concern concern = Ids.plausible(id) ? em.find(Concern.class, id) : null;
        if (concern == null) {
            throw Refusal.notFound("unknown-concern", id == null ? "" : id);
        }
        check(details, id);
        concern.change(details.nameDe().strip(), details.nameEn().strip(), Duration.ofMinutes(details.minutes()),
                details.bookableOnline(), details.active());
        cacheChanged.fire(new SharedOfficeCache.Changed());
        return concern;
    }

    private void check(ConcernDetails details, String ownId) {
        if (blank(details.nameDe()) || blank(details.nameEn())
                || details.nameDe().strip().length() > 160 || details.nameEn().strip().length() > 160) {
            throw Refusal.invalid("concern-names", 160);
        }
        if (details.minutes() == null || details.minutes() < MIN_MINUTES || details.minutes() > MAX_MINUTES) {
            throw Refusal.invalid("concern-duration", MIN_MINUTES, MAX_MINUTES);
        }
        for (Concern other : em.createNamedQuery(Concern.ALL, Concern.class).getResultList()) {
            if (!other.id().equals(ownId) && (other.nameDe().equalsIgnoreCase(details.nameDe().strip())
                    || other.nameEn().equalsIgnoreCase(details.nameEn().strip()))) {
                throw Refusal.conflict("concern-exists", details.nameDe().strip());
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package de.thinka.kompass.office.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/**
 * Reads the offices and the concern categories; public knowledge, no roles needed. A singleton without locks
 * (its entity manager is the transaction's): every booking, queue change and snapshot asks it, and simultaneous
 * requests queued on the pool of stateless instances (booking storm, 2026-12-03).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeDirectory {

    /**
     * EclipseLink's hints to read from the shared cache without a query when the entity is there, as a read-only
     * object. Thread dumps of booking storms (2026-12-03) show that {@code find} still copies it into the
     * transaction (a short wait on the cache entry under load); a read model of its own would avoid that.
     */
    static final Map<String, Object> SHARED_INSTANCE = Map.of("eclipselink.read-only", "true",
            "eclipselink.cache-usage", "CheckCacheByPrimaryKey");

    @PersistenceContext
    EntityManager em;

    public List<Office> offices() {
        return em.createNamedQuery(Office.ALL, Office.class).getResultList();
    }

    /**
     * The office with this id for reading (read-only, never to be changed), or {@link UnknownOffice}. Every
     * booking, queue change and snapshot asks for its office. {@link OfficeAdministration} changes offices
     * through a managed copy of its own.
     */
    public Office office(String id) {
        return find(id, SHARED_INSTANCE);
    }

    /** The office with this id as a managed copy for a change in this transaction, or {@link UnknownOffice}. */
    public Office officeToChange(String id) {
        return find(id, Map.of());
    }

    private Office find(String id, Map<String, Object> hints) {
        Office office = Ids.plausible(id) ? em.find(Office.class, id, hints) : null;
        if (office == null) {
            throw new UnknownOffice(id);
        }
        return office;
    }

    /** The concern with this id for reading only (read-only, never to be changed), or null. */
    public Concern concernToRead(String id) {
        return Ids.plausible(id) ? em.find(Concern.class, id, SHARED_INSTANCE) : null;
    }

    public List<Concern> concerns() {
        return em.createNamedQuery(Concern.ACTIVE, Concern.class).getResultList();
    }
}

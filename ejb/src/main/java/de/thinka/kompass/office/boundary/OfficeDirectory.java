package de.thinka.kompass.office.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.control.SharedOfficeCache;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the offices and the concern categories; public knowledge, no roles needed. Every booking, queue change
 * and snapshot asks for its office and concern, so both are kept here as a read model: detached copies of all
 * offices and concerns, read with an entity manager of their own (never the caller's, whose changes must not leak
 * in) and shared by all threads for reading only. The model is dropped after every change of an office or a
 * concern (after its commit; on the other instances of a cluster when the change's event arrives) and at the
 * latest after {@link #MAX_AGE}, then read again. A singleton without container locks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfficeDirectory {

    /** A change the events did not bring (e.g. made in the database by hand) is seen after this at the latest. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** All offices and concerns as read at one moment. */
    private record ReadModel(Map<String, Office> offices, Map<String, Concern> concerns, Instant readAt) {
    }

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory factory;

    @Inject
    Clock clock;

    private volatile ReadModel model;
    /** Counts the changes, so that a model read while a change committed is not kept. */
    private long changes;

    public List<Office> offices() {
        return em.createNamedQuery(Office.ALL, Office.class).getResultList();
    }

    /**
     * The office with this id for reading (shared, never to be changed), or {@link UnknownOffice}.
     * {@link OfficeAdministration} changes offices through a managed copy of its own.
     */
    public Office office(String id) {
        Office office = Ids.plausible(id) ? model().offices().get(id) : null;
        if (office == null) {
            throw new UnknownOffice(id);
        }
        return office;
    }

    /** The office with this id as a managed copy for a change in this transaction, or {@link UnknownOffice}. */
    public Office officeToChange(String id) {
        Office office = Ids.plausible(id) ? em.find(Office.class, id) : null;
        if (office == null) {
            throw new UnknownOffice(id);
        }
        return office;
    }

    /** The concern with this id for reading only (shared, never to be changed; also inactive ones), or null. */
    public Concern concernToRead(String id) {
        return Ids.plausible(id) ? model().concerns().get(id) : null;
    }

    public List<Concern> concerns() {
        return em.createNamedQuery(Concern.ACTIVE, Concern.class).getResultList();
    }

    /** An office or concern changed: the next read builds the model again (a business method, as an EJB observer must be). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SharedOfficeCache.Changed change) {
        synchronized (this) {
            changes++;
            model = null;
        }
    }

    private ReadModel model() {
        ReadModel current = model;
        if (current != null && clock.instant().isBefore(current.readAt().plus(MAX_AGE))) {
            return current;
        }
        long seen;
        synchronized (this) {
            seen = changes;
        }
        ReadModel read = read();
        synchronized (this) {
            if (changes == seen) {
                model = read;
            }
        }
        return read;
    }

    private ReadModel read() {
        Instant now = clock.instant();
        EntityManager reader = factory.createEntityManager();
        try {
            return new ReadModel(
                    reader.createNamedQuery(Office.ALL, Office.class).getResultStream()
                            .collect(Collectors.toUnmodifiableMap(Office::id, Function.identity())),
                    reader.createNamedQuery(Concern.ALL, Concern.class).getResultStream()
                            .collect(Collectors.toUnmodifiableMap(Concern::id, Function.identity())),
                    now);
        } finally {
            reader.close();
        }
    }
}

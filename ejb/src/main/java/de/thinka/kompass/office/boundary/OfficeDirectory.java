package de.thinka.kompass.office.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads the offices and the concern categories; public knowledge, no roles needed. */
@Stateless
public class OfficeDirectory {

    @PersistenceContext
    EntityManager em;

    public List<Office> offices() {
        return em.createNamedQuery(Office.ALL, Office.class).getResultList();
    }

    /** The office with this id, or {@link UnknownOffice}. */
    public Office office(String id) {
        Office office = Ids.plausible(id) ? em.find(Office.class, id) : null;
        if (office == null) {
            throw new UnknownOffice(id);
        }
        return office;
    }

    public List<Concern> concerns() {
        return em.createNamedQuery(Concern.ACTIVE, Concern.class).getResultList();
    }
}

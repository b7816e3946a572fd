package de.thinka.kompass.queue.control;

import de.thinka.kompass.office.boundary.OfficeAdministration;
import de.thinka.kompass.queue.entity.QueueCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A new office gets its queue counter in the same transaction, so reception can issue tickets at once. */
@ApplicationScoped
public class OfficeQueueOpening {

    @PersistenceContext
    EntityManager em;

    void prepare(@Observes OfficeAdministration.OfficeOpened opened) {
        if (em.find(QueueCounter.class, opened.officeId()) == null) {
            em.persist(new QueueCounter(opened.officeId()));
        }
    }
}

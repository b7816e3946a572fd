package de.thinka.kompass.office.control;

import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.cluster.ClusterWide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Offices and concerns live in JPA's shared cache of each instance. The instance that changes them updates its
 * own; the others drop theirs when the change's event arrives from the cluster (decision 0015).
 */
@ApplicationScoped
public class SharedOfficeCache {

    /** An office or a concern was created or changed (fired in the change's transaction). */
    public record Changed() implements ClusterWide {
    }

    @PersistenceUnit
    EntityManagerFactory factory;

    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        factory.getCache().evict(Office.class);
        factory.getCache().evict(Concern.class);
    }
}

package de.thinka.kompass.office.control;

import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.cluster.ClusterWide;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Offices and concerns live in JPA's shared cache of each instance. The instance that changes them updates its
 * own; the others drop theirs when the change's event arrives from the cluster (decision 0015). A session bean,
 * not a CDI bean: its first change event may come after the change's call has ended, on the web module's
 * thread, where a CDI bean of this module would not find its persistence unit (decision 0017).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SharedOfficeCache {

    /** An office or a concern was created or changed (fired in the change's transaction). */
    public record Changed() implements ClusterWide {
    }

    @PersistenceUnit
    EntityManagerFactory factory;

    /** A business method (an EJB's observer must be one). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        factory.getCache().evict(Office.class);
        factory.getCache().evict(Concern.class);
    }
}

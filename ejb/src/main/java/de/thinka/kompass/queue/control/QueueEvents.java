package de.thinka.kompass.queue.control;

import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.entity.QueueEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The stored queue changes (table {@code queue_event}, decision 0015): written in the change's own transaction,
 * read back by instances that missed a change's cluster message and for clients reconnecting with since.
 */
@Dependent
public class QueueEvents {

    @PersistenceContext
    EntityManager em;

    /** Stores the change in the caller's transaction: it exists exactly when the change committed. */
    public void append(QueueChanged change, Instant at) {
        em.persist(new QueueEvent(change.office(), change.seq(), change.ticket().id(), at, change.toJson()));
    }

    /** The stored changes of the office with {@code after < seq <= until}, in seq order. */
    public List<QueueChanged> between(String officeId, long after, long until) {
        return em.createNamedQuery(QueueEvent.AFTER, QueueEvent.class)
                .setParameter("office", officeId).setParameter("after", after).setParameter("until", until)
                .getResultStream().map(event -> QueueChanged.fromJson(event.payload())).toList();
    }

    /** Deletes what is older than needed for any reconnect (daily). */
    public int deleteBefore(Instant before) {
        return em.createNamedQuery(QueueEvent.OLDER_THAN).setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Deletes the stored changes of these tickets (a data subject's erasure: the payload names the pseudonym). */
    public int deleteOfTickets(Collection<Long> ticketIds) {
        int deleted = 0;
        for (Long id : ticketIds) {
            deleted += em.createNamedQuery(QueueEvent.OF_TICKET).setParameter("ticket", id).executeUpdate();
        }
        return deleted;
    }
}

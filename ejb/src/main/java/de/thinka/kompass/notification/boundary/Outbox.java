package de.thinka.kompass.notification.boundary;

import de.thinka.kompass.notification.control.Invitations;
import de.thinka.kompass.notification.control.MailEnqueued;
import de.thinka.kompass.notification.entity.OutboxMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where business code puts mail. The mail is stored in the caller's transaction, so it goes out exactly when
 * the business change commits and is lost with it when it rolls back. Delivery follows within about a second
 * of the commit; failures are retried (see docs/decisions/0008).
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** User texts are German; kept per mail so a later English text needs no schema change. */
    static final String LANGUAGE = "de";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailEnqueued> enqueued;

    /**
     * Queues the mail unless one with the same {@code dedupKey} is already there (then nothing happens).
     * Must be called inside the business transaction.
     *
     * @return true if queued now, false if the key was already known
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        if (known(mail.dedupKey())) {
            LOG.fine(() -> "Outbox already has mail " + mail.dedupKey() + "; not queued again");
            return false;
        }
        Meeting meeting = mail.calendar();
        OutboxMail entry = OutboxMail.pending(mail.dedupKey(), mail.recipient(), mail.subject(), mail.text(),
                mail.html(), meeting == null ? null : meeting.method(),
                meeting == null ? null : Invitations.render(meeting), LANGUAGE, clock.instant());
        em.persist(entry);
        enqueued.fire(new MailEnqueued(entry.id()));
        return true;
    }

    /** The calendar text of a stored mail exactly as it is (or was) sent, if the mail exists and has one. */
    public Optional<String> calendarText(String dedupKey) {
        return em.createNamedQuery(OutboxMail.BY_KEY, OutboxMail.class).setParameter("key", dedupKey)
                .getResultStream().findFirst().flatMap(OutboxMail::calendarText);
    }

    // the unique constraint on dedup_key is the backstop for two transactions racing with the same key
    private boolean known(String dedupKey) {
        return em.createNamedQuery(OutboxMail.COUNT_BY_KEY, Long.class)
                .setParameter("key", dedupKey)
                .getSingleResult() > 0;
    }
}

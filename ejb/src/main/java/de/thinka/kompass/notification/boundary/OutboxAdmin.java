package de.thinka.kompass.notification.boundary;

import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.audit.boundary.Audited;

import de.thinka.kompass.notification.control.MailEnqueued;
import de.thinka.kompass.notification.entity.MailState;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** ADMIN looks at mails that keep failing and asks for another try. */
@Stateless
public class OutboxAdmin {

    private static final Logger LOG = Logger.getLogger(OutboxAdmin.class.getName());
    static final int LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    Event<MailEnqueued> enqueued;

    /**
     * Without a prefix: failed mails and pending ones that failed at least once, newest first. With a key
     * prefix (e.g. {@code handover-42-}): every mail whose key starts with it, whatever its state.
     */
    public List<OutboxEntry> mails(String keyPrefix) {
        currentStaff.requireRole(Role.ADMIN);
        var query = keyPrefix == null || keyPrefix.isBlank()
                ? em.createNamedQuery(OutboxMail.TROUBLED, OutboxMail.class)
                : em.createNamedQuery(OutboxMail.BY_KEY_PREFIX, OutboxMail.class)
                .setParameter("prefix", keyPrefix.replace("%", "") + "%");
        return query.setMaxResults(LIMIT).getResultStream().map(OutboxEntry::of).toList();
    }

    /** Another try at once; a sent mail is refused (it would go out twice). */
    @Audited("admin.outbox.retry")
    public OutboxEntry retry(@AuditObject("mail") long id) {
        currentStaff.requireRole(Role.ADMIN);
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new OutboxProblem(BusinessException.Reason.NOT_FOUND, "unknown-mail", id);
        }
        if (mail.state() == MailState.SENT) {
            throw new OutboxProblem(BusinessException.Reason.CONFLICT, "mail-already-sent", id);
        }
        mail.retry(clock.instant());
        enqueued.fire(new MailEnqueued(mail.id()));
        LOG.info(() -> "Outbox mail " + id + " queued again by " + currentStaff.account().username());
        return OutboxEntry.of(mail);
    }


    /** Refusals of the outbox view. */
    public static class OutboxProblem extends BusinessException {
        private static final long serialVersionUID = 1L;

        public OutboxProblem(Reason reason, String key, Object... arguments) {
            super(reason, key, arguments);
        }
    }
}

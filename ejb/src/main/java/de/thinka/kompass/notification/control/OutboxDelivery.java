package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.entity.MailState;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.notification.entity.RetryPolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * One attempt per mail, each in its own transaction: the mail's row is locked, sent over SMTP, then marked.
 * A crash after the SMTP server's "250 OK" but before the commit sends that mail once more (at least once).
 */
@Stateless
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Ids of pending mails whose time has come, oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Sends one mail over the run's SMTP connection (opened here if it is not open yet, so that one
     * connection carries many mails instead of one connection each).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeliveryOutcome deliver(long id, Session session, SmtpConnection smtp, InternetAddress from, RetryPolicy policy) {
        // the row lock keeps a second run (another instance of a cluster) away from this mail until we commit
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return DeliveryOutcome.SKIPPED;
        }
        try {
            MimeMessage message = MimeComposer.compose(session, mail, from, now);
            smtp.send(message);
            mail.markSent(clock.instant());
            return DeliveryOutcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            String note = DeliveryFailure.describe(e);
            mail.markFailed(clock.instant(), note, policy);
            logFailure(mail, note);
            return DeliveryFailure.concernsThisMailOnly(e) ? DeliveryOutcome.MAIL_FAILED : DeliveryOutcome.SERVER_FAILED;
        }
    }

    private static void logFailure(OutboxMail mail, String note) {
        if (mail.state() == MailState.FAILED) {
            LOG.severe(() -> "Outbox mail " + mail.id() + " given up after " + mail.attempts() + " attempts: " + note);
        } else {
            LOG.warning(() -> "Outbox mail " + mail.id() + " attempt " + mail.attempts() + " failed (" + note
                    + "), next at " + mail.nextAttemptAt().orElseThrow());
        }
    }
}

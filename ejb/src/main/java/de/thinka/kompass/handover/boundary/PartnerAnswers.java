package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.handover.control.ItipMessage;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.Handover.Answer;
import de.thinka.kompass.handover.entity.Handover.AnswerChannel;
import de.thinka.kompass.handover.entity.HandoverProblem;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.platform.boundary.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The partner's answers, without an account: through the answer page behind the secret link in the mail, or
 * as an iTIP REPLY/COUNTER from their calendar program, read from the reply mailbox and matched by UID.
 */
@Stateless
public class PartnerAnswers {

    private static final Logger LOG = Logger.getLogger(PartnerAnswers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeDirectory offices;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @Inject
    Event<HandoverChanged> changes;

    /** What the answer page shows: number, time, place, state. Nothing about the client. */
    public Handover byToken(String token) {
        if (!SecretTokens.looksValid(token)) {
            throw HandoverProblem.unknownHandover();
        }
        return em.createNamedQuery(Handover.BY_REPLY_TOKEN, Handover.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(HandoverProblem::unknownHandover);
    }

    public String officeName(Handover handover) {
        return offices.office(handover.officeId()).name();
    }

    /** The partner pressed "Zusagen" or "Absagen" on the answer page. */
    @Audited(value = "handover.reply", anonymous = Audited.PARTNER)
    public Handover answer(String token, Answer answer) {
        Handover handover = byToken(token);
        em.lock(handover, LockModeType.PESSIMISTIC_WRITE);
        if (!handover.answer(answer, handover.calendarSequence(), AnswerChannel.LINK, clock.instant())) {
            throw HandoverProblem.notOpen(handover.number(), handover.state());
        }
        changes.fire(new HandoverChanged(handover.id()));
        return handover;
    }

    /**
     * An iTIP message from the reply mailbox, each in its own transaction. Recorded only if the UID is a
     * handover's and the attendee is its partner contact; returns whether it was recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(ItipMessage message) {
        Handover handover = em.createNamedQuery(Handover.BY_UID, Handover.class).setParameter("uid", message.uid())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (handover == null) {
            LOG.fine("Reply mailbox: an answer for an unknown UID was ignored");
            return false;
        }
        if (!handover.contact().email().equalsIgnoreCase(message.attendeeEmail())) {
            LOG.info(() -> "Reply mailbox: an answer for handover " + handover.id() + " came from another attendee; ignored");
            return false;
        }
        boolean recorded;
        if (message.isCounter() && message.start() != null && message.end() != null) {
            recorded = handover.proposeTime(message.start(), message.end(), message.sequence(), AnswerChannel.IMAP, clock.instant());
        } else {
            recorded = switch (message.partstat().toUpperCase(Locale.ROOT)) {
                case "ACCEPTED" -> handover.answer(Answer.ACCEPTED, message.sequence(), AnswerChannel.IMAP, clock.instant());
                case "DECLINED" -> handover.answer(Answer.DECLINED, message.sequence(), AnswerChannel.IMAP, clock.instant());
                default -> false;
            };
        }
        if (recorded) {
            trail.recordAs(Audited.PARTNER, "handover.reply", handover);
            changes.fire(new HandoverChanged(handover.id()));
        }
        LOG.info(() -> "Reply mailbox: " + message.method() + " for handover " + handover.id()
                + (recorded ? " recorded, now " + handover.state() : " not recorded (outdated or closed)"));
        return recorded;
    }
}

package de.thinka.kompass.handover.control;

import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.control.HandoverInvite.Recipient;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.OutgoingMail;
import de.thinka.kompass.notification.boundary.Outbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a handover's invitation, update or cancellation into the outbox, in the caller's transaction: one mail
 * to the partner's contact, a copy to the organising counsellor, and one to the client when consented. The
 * calendar object is the same in all three. Keys name handover id, method and SEQUENCE, nothing personal.
 */
@Dependent
public class HandoverMails {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompass.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Sends the handover's current version (REQUEST, or CANCEL once withdrawn). */
    public void send(HandoverFacts facts) {
        HandoverInvite invite = new HandoverInvite(facts, clock.instant());
        Handover handover = facts.handover();
        Meeting meeting = invite.meeting();
        enqueue(handover, invite, meeting, Recipient.PARTNER, facts.contact().email());
        enqueue(handover, invite, meeting, Recipient.ORGANIZER, facts.organizerEmail());
        if (invite.clientInvited()) {
            enqueue(handover, invite, meeting, Recipient.CLIENT, handover.client().email());
        }
    }

    private void enqueue(Handover handover, HandoverInvite invite, Meeting meeting, Recipient recipient, String to) {
        String link = recipient == Recipient.PARTNER ? answerLink(handover) : null;
        outbox.enqueue(new OutgoingMail(key(handover, meeting.method(), meeting.sequence(), recipient), to,
                invite.subject(recipient), invite.plain(recipient, link), invite.html(recipient, link), meeting));
    }

    /** The outbox key of the partner's mail of the version last sent, if any was sent. */
    public static Optional<String> lastPartnerKey(Handover handover) {
        if (!handover.wasSent()) {
            return Optional.empty();
        }
        boolean cancelled = handover.state() == HandoverState.WITHDRAWN;
        return Optional.of(cancelled
                ? key(handover, Meeting.CANCEL, handover.calendarSequence(), Recipient.PARTNER)
                : key(handover, Meeting.REQUEST, handover.calendarSequence(), Recipient.PARTNER));
    }

    static String key(Handover handover, String method, int sequence, Recipient recipient) {
        return "handover-" + handover.id() + "-" + method.toLowerCase(Locale.ROOT) + "-" + sequence + "-"
                + recipient.name().toLowerCase(Locale.ROOT);
    }

    /** The partner's page to accept or decline: /u/{token} (a GET shows a button, only the POST answers). */
    public String answerLink(Handover handover) {
        return publicUrl.replaceAll("/+$", "") + "/u/" + handover.replyToken();
    }
}

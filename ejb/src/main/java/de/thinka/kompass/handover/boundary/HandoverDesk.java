package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.handover.control.HandoverInvite;
import de.thinka.kompass.handover.control.HandoverMails;
import de.thinka.kompass.handover.entity.ClientDetails;
import de.thinka.kompass.handover.entity.Consent;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverCounter;
import de.thinka.kompass.handover.entity.HandoverProblem;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.notification.boundary.Outbox;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.boundary.SecretTokens;
import de.thinka.kompass.queue.boundary.TicketFacts;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import de.thinka.kompass.queue.entity.TicketAction;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import de.thinka.kompass.settings.boundary.Settings;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counsellors hand clients over to partners: create (from a ticket in service, an appointment, or on its own),
 * reschedule, withdraw, record a revoked consent or the outcome. Each change that a calendar must learn about
 * puts the invitation, update or cancellation into the outbox in the same transaction.
 * Only the handover's counsellor (and ADMIN for reading) may see a handover.
 */
@Stateless
public class HandoverDesk {

    public static final int DEFAULT_MINUTES = 60;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Settings settings;

    @Inject
    OfficeDirectory offices;

    @Inject
    WalkInQueue queue;

    @Inject
    HandoverMails mails;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<HandoverChanged> changes;

    @Audited("handover.create")
    public HandoverFacts create(NewHandover request) {
        Instant now = clock.instant();
        StaffAccount caller = currentStaff.account();
        String officeId = request.office();
        String concernId = blankToNull(request.concern());
        ClientDetails client = new ClientDetails(request.clientName(), request.clientEmail(), request.clientPhone(),
                request.note());
        Appointment appointment = null;
        TicketFacts ticket = null;
        if (request.ticketId() != null) {
            // the ticket's talk ends with this handover (the queue checks office, role and state)
            ticket = queue.act(request.ticketId(), TicketAction.HAND_OVER, null, null);
            officeId = ticket.office();
            concernId = concernId == null ? ticket.concernId() : concernId;
            client = new ClientDetails(client.name() == null ? ticket.pseudonym() : client.name(), client.email(),
                    client.phone(), client.note());
        } else if (request.appointment() != null && !request.appointment().isBlank()) {
            appointment = appointment(request.appointment());
            officeId = appointment.officeId();
            concernId = concernId == null ? appointment.concernId() : concernId;
            var contact = appointment.contact();
            client = new ClientDetails(client.name() == null ? contact.name() : client.name(),
                    client.email() == null ? contact.email() : client.email(),
                    client.phone() == null ? contact.phone() : client.phone(), client.note());
        }
        if (officeId == null || officeId.isBlank()) {
            officeId = onlyOffice(caller);
        }
        Office office = currentStaff.requireOffice(officeId, Role.COUNSELLOR);
        PartnerContact contact = contact(request.partnerContactId());
        if (!contact.partner().serves(office.id())) {
            throw Refusal.invalid("partner-not-for-office", contact.partner().name(), office.name());
        }
        Concern concern = concernId == null ? null : concern(concernId);
        validate(request, client, now);
        int minutes = request.durationMinutes() == null ? DEFAULT_MINUTES : request.durationMinutes();
        String location = request.location() == null || request.location().isBlank()
                ? contact.partner().name() + ", " + contact.partner().address() : request.location().strip();
        String number = nextNumber(now);
        Handover handover = new Handover(number, HandoverInvite.uid(number, SecretTokens.next().substring(0, 8)),
                SecretTokens.next(), office.id(), caller.username(), contact, concern == null ? null : concern.id(),
                request.start(), request.start().plus(Duration.ofMinutes(minutes)), location, client,
                new Consent(request.consentItems(), request.consentGivenAt() == null ? now : request.consentGivenAt(),
                        caller.username(), request.consentValidUntil()),
                request.discreet() == null ? settings.handoverDiscreetByDefault() : request.discreet(), now);
        handover.cameFrom(ticket == null ? null : ticket.id(), appointment == null ? null : appointment.id());
        em.persist(handover);
        em.flush();
        if (!request.draft()) {
            handover.invite();
            mails.send(facts(handover));
        }
        return changed(handover);
    }

    /** A draft goes out as the first invitation. */
    @Audited("handover.send")
    public HandoverFacts invite(long id) {
        Handover handover = own(id);
        if (handover.wasSent()) {
            throw HandoverProblem.notOpen(handover.number(), handover.state());
        }
        handover.invite();
        mails.send(facts(handover));
        return changed(handover);
    }

    /** New time (and duration, place): the partner gets an update with the same UID and SEQUENCE + 1. */
    @Audited("handover.reschedule")
    public HandoverFacts reschedule(long id, Instant start, Integer durationMinutes, String location) {
        Handover handover = own(id);
        if (start == null) {
            throw Refusal.invalid("handover-start-missing");
        }
        if (!start.isAfter(clock.instant())) {
            throw Refusal.invalid("handover-in-past");
        }
        long minutes = durationMinutes == null ? Duration.between(handover.start(), handover.end()).toMinutes() : durationMinutes;
        requireDuration(minutes);
        handover.reschedule(start, start.plus(Duration.ofMinutes(minutes)), location);
        if (handover.wasSent()) {
            mails.send(facts(handover));
        }
        return changed(handover);
    }

    @Audited("handover.withdraw")
    public HandoverFacts withdraw(long id) {
        Handover handover = own(id);
        if (handover.withdraw()) {
            mails.send(facts(handover));
        }
        return changed(handover);
    }

    /** The client revoked consent: nothing more is shared; an open handover is withdrawn with a CANCEL. */
    @Audited("handover.consent-revoked")
    public HandoverFacts revokeConsent(long id) {
        Handover handover = own(id);
        if (handover.revokeConsent(clock.instant())) {
            mails.send(facts(handover));
        }
        return changed(handover);
    }

    @Audited("handover.outcome")
    public HandoverFacts recordOutcome(long id, boolean attended) {
        Handover handover = own(id);
        handover.recordOutcome(attended, clock.instant());
        return changed(handover);
    }

    /** The caller's handovers, newest first. */
    public List<HandoverFacts> mine() {
        StaffAccount caller = currentStaff.account();
        return em.createNamedQuery(Handover.OF_COUNSELLOR, Handover.class).setParameter("counsellor", caller.username())
                .setMaxResults(500).getResultStream().map(this::facts).toList();
    }

    /** One handover, for its counsellor or an ADMIN of its office. */
    public HandoverFacts one(long id) {
        return facts(readable(id));
    }

    /** The calendar object exactly as last sent to the partner (from the outbox). */
    public String lastInvitation(long id) {
        Handover handover = readable(id);
        return HandoverMails.lastPartnerKey(handover).flatMap(outbox::calendarText)
                .orElseThrow(() -> Refusal.notFound("handover-not-sent", handover.number()));
    }

    /** Tells the observers in this transaction (the statistics' facts) and answers with the handover's facts. */
    private HandoverFacts changed(Handover handover) {
        changes.fire(new HandoverChanged(handover.id()));
        return facts(handover);
    }

    HandoverFacts facts(Handover handover) {
        Office office = offices.office(handover.officeId());
        StaffAccount counsellor = em.find(StaffAccount.class, handover.counsellor());
        String name = counsellor == null ? office.name() : counsellor.displayName();
        String email = Optional.ofNullable(counsellor).flatMap(StaffAccount::email).orElse(office.email());
        Concern concern = handover.concernId().map(id -> em.find(Concern.class, id)).orElse(null);
        return new HandoverFacts(handover, office, name, email, concern);
    }

    private Handover own(long id) {
        Handover handover = find(id);
        StaffAccount caller = currentStaff.account();
        if (!caller.username().equals(handover.counsellor())) {
            throw Refusal.forbidden("not-your-handover", handover.number());
        }
        return handover;
    }

    private Handover readable(long id) {
        Handover handover = find(id);
        StaffAccount caller = currentStaff.account();
        boolean admin = caller.has(Role.ADMIN) && caller.worksFor(handover.officeId());
        if (!admin && !caller.username().equals(handover.counsellor())) {
            throw Refusal.forbidden("not-your-handover", handover.number());
        }
        return handover;
    }

    private Handover find(long id) {
        Handover handover = em.find(Handover.class, id);
        if (handover == null) {
            throw HandoverProblem.unknownHandover();
        }
        return handover;
    }

    private String nextNumber(Instant now) {
        int year = now.atZone(BERLIN).getYear();
        HandoverCounter counter = em.find(HandoverCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new HandoverCounter(year);
            em.persist(counter);
        }
        return counter.next();
    }

    private PartnerContact contact(Long id) {
        if (id == null) {
            throw Refusal.invalid("partner-contact-missing");
        }
        PartnerContact contact = em.find(PartnerContact.class, id);
        if (contact == null || !contact.active() || !contact.partner().active()) {
            throw Refusal.notFound("unknown-partner-contact", id);
        }
        return contact;
    }

    private Concern concern(String id) {
        Concern concern = Ids.plausible(id) ? em.find(Concern.class, id) : null;
        if (concern == null) {
            throw Refusal.invalid("unknown-concern", id);
        }
        return concern;
    }

    private Appointment appointment(String reference) {
        String normalized = reference.strip().toUpperCase(Locale.ROOT).replace("-", "");
        String withDash = normalized.length() == 8 ? normalized.substring(0, 4) + "-" + normalized.substring(4) : normalized;
        return em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class).setParameter("reference", withDash)
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("unknown-reference", reference));
    }

    private static String onlyOffice(StaffAccount caller) {
        if (caller.offices().size() != 1) {
            throw Refusal.invalid("handover-office-missing");
        }
        return caller.offices().first();
    }

    private static void validate(NewHandover request, ClientDetails client, Instant now) {
        if (request.start() == null) {
            throw Refusal.invalid("handover-start-missing");
        }
        if (!request.start().isAfter(now)) {
            throw Refusal.invalid("handover-in-past");
        }
        requireDuration(request.durationMinutes() == null ? DEFAULT_MINUTES : request.durationMinutes());
        if (client.name() != null && client.name().length() > 120 || client.phone() != null && client.phone().length() > 40) {
            throw Refusal.invalid("handover-client-too-long");
        }
        if (client.note() != null && client.note().length() > Handover.NOTE_MAX) {
            throw Refusal.invalid("handover-note-too-long", Handover.NOTE_MAX);
        }
        if (request.location() != null && request.location().strip().length() > Handover.LOCATION_MAX) {
            throw Refusal.invalid("handover-location-too-long", Handover.LOCATION_MAX);
        }
        if (client.email() != null) {
            try {
                new InternetAddress(client.email(), true).validate();
            } catch (AddressException e) {
                throw Refusal.invalid("handover-client-email");
            }
        }
    }

    private static void requireDuration(long minutes) {
        if (minutes < 5 || minutes > 480) {
            throw Refusal.invalid("handover-duration", 5, 480);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

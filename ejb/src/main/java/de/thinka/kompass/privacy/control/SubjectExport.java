package de.thinka.kompass.privacy.control;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.Contact;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.privacy.boundary.SubjectQuery;
import de.thinka.kompass.privacy.boundary.SubjectRecords;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Turns a person's records into the export: every stored field but the secret link tokens. */
@Dependent
public class SubjectExport {

    private static final Pattern SECRET_LINK = Pattern.compile("/([btu])/[A-Za-z0-9_-]{32}");

    @PersistenceContext
    EntityManager em;

    public SubjectRecords of(SubjectQuery.Kind searchedBy, SubjectFinder.Found found, Instant now) {
        return new SubjectRecords(searchedBy, now, found.appointments().stream().map(this::booking).toList(),
                found.tickets().stream().map(this::ticket).toList(),
                found.handovers().stream().map(this::handover).toList(),
                found.mails().stream().map(SubjectExport::mail).toList());
    }

    private SubjectRecords.Booking booking(Appointment a) {
        boolean erased = a.erasedAt().isPresent();
        Contact contact = a.contact();
        StaffAccount counsellor = em.find(StaffAccount.class, a.counsellor());
        String ticketNumber = a.ticketId().map(id -> em.find(Ticket.class, id)).map(Ticket::number).orElse(null);
        return new SubjectRecords.Booking(a.id(), a.reference(), a.officeId(), concern(a.concernId()),
                counsellor == null ? a.counsellor() : counsellor.displayName(), a.start(), a.end(),
                erased ? null : contact.name(), contact.email(), contact.phone(), a.language(), a.state().name(),
                a.channel().name(), a.createdAt(), a.cancelledAt().orElse(null), a.checkedInAt().orElse(null),
                a.noShowAt().orElse(null), a.remindedAt().orElse(null), ticketNumber, a.erasedAt().orElse(null));
    }

    private SubjectRecords.Ticket ticket(Ticket t) {
        return new SubjectRecords.Ticket(t.id(), t.number(), t.officeId(), t.serviceDay(),
                t.concernId().map(this::concern).orElse(null), t.pseudonym().orElse(null), t.priority().name(),
                t.source().name(), t.state().name(), t.issuedAt(), t.calledAt().orElse(null),
                t.startedAt().orElse(null), t.finishedAt().orElse(null), t.erasedAt().orElse(null));
    }

    private SubjectRecords.Handover handover(Handover h) {
        var client = h.client();
        var consent = h.consent();
        TreeSet<String> items = new TreeSet<>();
        consent.items().stream().map(ConsentItem::name).forEach(items::add);
        return new SubjectRecords.Handover(h.id(), h.number(), h.officeId(), h.contact().partner().name(),
                h.contact().partner().type().name(), h.concernId().map(this::concern).orElse(null), h.start(), h.end(),
                h.location(), client.name(), client.email(), client.phone(), client.note(), items, consent.givenAt(),
                consent.validUntil().orElse(null), consent.revokedAt().orElse(null), h.state().name(),
                h.answeredAt().orElse(null), h.createdAt(), h.erasedAt().orElse(null));
    }

    private static SubjectRecords.Mail mail(OutboxMail m) {
        return new SubjectRecords.Mail(m.id(), m.recipient(), m.subject(), m.state().name(), m.createdAt(),
                m.sentAt().orElse(null), withoutSecretLinks(m.textBody()));
    }

    /**
     * The mail text without the tokens of its links (/b/…, /t/…, and a partner's /u/…): an export travels and
     * must not open the booking, nor the partner's answer page.
     */
    static String withoutSecretLinks(String text) {
        return SECRET_LINK.matcher(text).replaceAll("/$1/…");
    }

    private String concern(String id) {
        return Optional.ofNullable(em.find(Concern.class, id)).map(Concern::nameDe).orElse(id);
    }
}

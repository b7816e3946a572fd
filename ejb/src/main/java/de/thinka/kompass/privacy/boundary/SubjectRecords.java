package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything stored about one person, as found by a {@link SubjectQuery}: their bookings, tickets, handovers
 * and the mails about them, with every stored field except the secret link tokens. Records already erased
 * appear with their anonymous facts only. The web module writes it as the JSON export.
 */
public record SubjectRecords(SubjectQuery.Kind searchedBy, Instant compiledAt, List<Booking> bookings,
                             List<Ticket> tickets, List<Handover> handovers, List<Mail> mails) implements AuditSubject {

    public int count() {
        return bookings.size() + tickets.size() + handovers.size() + mails.size();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** In the trail only how the person was looked for, never the e-mail address or number itself. */
    @Override
    public String auditType() {
        return "request";
    }

    @Override
    public String auditId() {
        return searchedBy.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String auditOffice() {
        return null;
    }

    public record Booking(long id, String reference, String office, String concern, String counsellor,
                          Instant start, Instant end, String name, String email, String phone, String language,
                          String state, String channel, Instant createdAt, Instant cancelledAt,
                          Instant checkedInAt, Instant noShowAt, Instant remindedAt, String ticketNumber,
                          Instant erasedAt) {
    }

    public record Ticket(long id, String number, String office, LocalDate day, String concern, String pseudonym,
                         String priority, String source, String state, Instant issuedAt, Instant calledAt,
                         Instant startedAt, Instant finishedAt, Instant erasedAt) {
    }

    /** The partner is named: it received data with the person's consent (a recipient in the sense of Art. 15). */
    public record Handover(long id, String number, String office, String partner, String partnerType,
                           String concern, Instant start, Instant end, String location, String clientName,
                           String clientEmail, String clientPhone, String note, Set<String> consentItems,
                           Instant consentGivenAt, LocalDate consentValidUntil, Instant consentRevokedAt,
                           String state, Instant answeredAt, Instant createdAt, Instant erasedAt) {
    }

    public record Mail(long id, String recipient, String subject, String state, Instant createdAt, Instant sentAt,
                       String text) {
    }
}

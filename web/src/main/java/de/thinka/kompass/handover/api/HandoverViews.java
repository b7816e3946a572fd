package de.thinka.kompass.handover.api;

import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.entity.Consent;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.platform.rest.Times;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** How partners and handovers look from outside (staff only). */
public final class HandoverViews {

    private HandoverViews() {
    }

    public record ContactView(long id, String name, String email, String phone, boolean active) {
        static ContactView of(PartnerContact contact) {
            return new ContactView(contact.id(), contact.name(), contact.email(), contact.phone(), contact.active());
        }
    }

    public record PartnerView(String id, String name, String type, String street, String postalCode, String city,
                              String phone, List<String> offices, List<ContactView> contacts) {
        static PartnerView of(Partner partner) {
            return new PartnerView(partner.id(), partner.name(), partner.type().name(), partner.address().street(),
                    partner.address().postalCode(), partner.address().city(), partner.phone(),
                    List.copyOf(partner.offices()),
                    partner.contacts().stream().filter(PartnerContact::active).map(ContactView::of).toList());
        }
    }

    public record ConsentView(List<String> items, OffsetDateTime givenAt, String recordedBy, LocalDate validUntil,
                              OffsetDateTime revokedAt) {
        static ConsentView of(Consent consent) {
            return new ConsentView(consent.items().stream().map(item -> item.name().toLowerCase(Locale.ROOT)).toList(),
                    Times.berlin(consent.givenAt()), consent.recordedBy(), consent.validUntil().orElse(null),
                    consent.revokedAt().map(Times::berlin).orElse(null));
        }
    }

    public record ClientView(String name, String email, String phone, String note) {
    }

    public record HandoverView(long id, String number, String state, String office, String counsellor,
                               String partner, String partnerName, long partnerContactId, String contactName,
                               OffsetDateTime start, OffsetDateTime end, String location, String concern,
                               String concernName, boolean discreet, int sequence, ConsentView consent,
                               ClientView client, Long ticketId, Long appointmentId, OffsetDateTime answeredAt,
                               String answeredVia, OffsetDateTime proposedStart, OffsetDateTime proposedEnd,
                               String calendar) {
        static HandoverView of(HandoverFacts facts) {
            Handover h = facts.handover();
            var client = h.client();
            return new HandoverView(h.id(), h.number(), h.state().name(), h.officeId(), h.counsellor(),
                    facts.partner().id(), facts.partner().name(), facts.contact().id(), facts.contact().name(),
                    Times.berlin(h.start()), Times.berlin(h.end()), h.location(),
                    facts.concern() == null ? null : facts.concern().id(),
                    facts.concern() == null ? null : facts.concern().nameDe(), h.discreet(), h.calendarSequence(),
                    ConsentView.of(h.consent()), new ClientView(client.name(), client.email(), client.phone(), client.note()),
                    h.ticketId().orElse(null), h.appointmentId().orElse(null),
                    h.answeredAt().map(Times::berlin).orElse(null), h.answeredVia().map(Enum::name).orElse(null),
                    h.proposedStart().map(Times::berlin).orElse(null), h.proposedEnd().map(Times::berlin).orElse(null),
                    h.wasSent() ? "/api/handovers/" + h.id() + "/invite.ics" : null);
        }
    }

    /** {"name": true, ...} as consent items. */
    static java.util.Set<ConsentItem> items(Boolean name, Boolean phone, Boolean email, Boolean concern, Boolean note) {
        java.util.Set<ConsentItem> items = java.util.EnumSet.noneOf(ConsentItem.class);
        if (Boolean.TRUE.equals(name)) {
            items.add(ConsentItem.NAME);
        }
        if (Boolean.TRUE.equals(phone)) {
            items.add(ConsentItem.PHONE);
        }
        if (Boolean.TRUE.equals(email)) {
            items.add(ConsentItem.EMAIL);
        }
        if (Boolean.TRUE.equals(concern)) {
            items.add(ConsentItem.CONCERN);
        }
        if (Boolean.TRUE.equals(note)) {
            items.add(ConsentItem.NOTE);
        }
        return items;
    }
}

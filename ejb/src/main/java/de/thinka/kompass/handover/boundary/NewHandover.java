package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.handover.entity.ConsentItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A counsellor's request for a handover, as the doors read it.
 *
 * @param office            the counsellor's office; may be null when it follows from ticket or appointment, or
 *                          when the counsellor works for one office only
 * @param ticketId          a ticket in service that ends with this handover, or null
 * @param appointment       an appointment's reference the handover follows, or null
 * @param durationMinutes   null means 60
 * @param location          null means the partner's address
 * @param consentItems      what may be shared; empty means nothing
 * @param consentGivenAt    null means now
 * @param consentValidUntil last day the consent holds (inclusive), or null for "until revoked"
 * @param discreet          null means the setting kompass.handover.discreet-default (true unless ADMIN changed it)
 * @param draft             true keeps it as a draft, nothing is sent
 */
public record NewHandover(String office, Long partnerContactId, Long ticketId, String appointment, Instant start,
                          Integer durationMinutes, String location, String concern, String clientName,
                          String clientEmail, String clientPhone, String note, Set<ConsentItem> consentItems,
                          Instant consentGivenAt, LocalDate consentValidUntil, Boolean discreet, boolean draft) {

    public NewHandover {
        consentItems = consentItems == null ? Set.of() : Set.copyOf(consentItems);
    }
}

package de.thinka.kompass.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The client's consent to share items with the partner: which ones, given when, recorded by whom, valid until
 * which day (inclusive, in the offices' zone), and revoked when. Without consent an item goes nowhere.
 */
@Embeddable
public class Consent {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Column(name = "consent_name")
    private boolean name;

    @Column(name = "consent_phone")
    private boolean phone;

    @Column(name = "consent_email")
    private boolean email;

    @Column(name = "consent_concern")
    private boolean concern;

    @Column(name = "consent_note")
    private boolean note;

    @Column(name = "consent_given_at")
    private OffsetDateTime givenAt;

    @Column(name = "consent_recorded_by")
    private String recordedBy;

    @Column(name = "consent_valid_until")
    private LocalDate validUntil;

    @Column(name = "consent_revoked_at")
    private OffsetDateTime revokedAt;

    protected Consent() {
        // JPA
    }

    public Consent(Set<ConsentItem> items, Instant givenAt, String recordedBy, LocalDate validUntil) {
        this.name = items.contains(ConsentItem.NAME);
        this.phone = items.contains(ConsentItem.PHONE);
        this.email = items.contains(ConsentItem.EMAIL);
        this.concern = items.contains(ConsentItem.CONCERN);
        this.note = items.contains(ConsentItem.NOTE);
        this.givenAt = givenAt.atOffset(ZoneOffset.UTC);
        this.recordedBy = recordedBy;
        this.validUntil = validUntil;
    }

    /** Whether the item may be shared at this moment: consented, not revoked, not expired. */
    public boolean allows(ConsentItem item, Instant now) {
        return items().contains(item) && inForce(now);
    }

    public boolean inForce(Instant now) {
        return revokedAt == null && (validUntil == null || !now.atZone(BERLIN).toLocalDate().isAfter(validUntil));
    }

    /** The items consented to, whether or not the consent is still in force. */
    public Set<ConsentItem> items() {
        Set<ConsentItem> items = EnumSet.noneOf(ConsentItem.class);
        if (name) {
            items.add(ConsentItem.NAME);
        }
        if (phone) {
            items.add(ConsentItem.PHONE);
        }
        if (email) {
            items.add(ConsentItem.EMAIL);
        }
        if (concern) {
            items.add(ConsentItem.CONCERN);
        }
        if (note) {
            items.add(ConsentItem.NOTE);
        }
        return items;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** When consent was given; null once the consent record was erased (privacy retention). */
    public Instant givenAt() {
        return givenAt == null ? null : givenAt.toInstant();
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
    }
}

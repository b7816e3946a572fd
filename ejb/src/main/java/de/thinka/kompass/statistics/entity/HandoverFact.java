package de.thinka.kompass.statistics.entity;

import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.HandoverState;
import de.thinka.kompass.handover.entity.PartnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One handover for the statistics: office, day it was made, the partner's type (as it was then), concern and
 * the outcome so far (the handover's state). Kept up to date in the transactions that change the handover.
 */
@Entity
@Table(name = "handover_fact")
@NamedQuery(name = HandoverFact.BY_HANDOVER, query = "select f from HandoverFact f where f.handoverId = :handover")
public class HandoverFact {

    public static final String BY_HANDOVER = "HandoverFact.byHandover";

    @Id
    @SequenceGenerator(name = "handover_fact_seq", sequenceName = "handover_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handover_fact_seq")
    private Long id;

    @Column(name = "handover_id")
    private long handoverId;

    @Column(name = "office_id")
    private String officeId;

    @Column(name = "handover_day")
    private LocalDate handoverDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type")
    private PartnerType partnerType;

    @Column(name = "concern_id")
    private String concernId;

    @Enumerated(EnumType.STRING)
    private HandoverState outcome;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected HandoverFact() {
        // JPA
    }

    public static HandoverFact of(Handover handover, ZoneId zone, Instant now) {
        HandoverFact fact = new HandoverFact();
        fact.handoverId = handover.id();
        fact.officeId = handover.officeId();
        fact.handoverDay = handover.createdAt().atZone(zone).toLocalDate();
        fact.partnerType = handover.contact().partner().type();
        fact.concernId = handover.concernId().orElse(null);
        fact.follow(handover, now);
        return fact;
    }

    /** The handover's state is the outcome so far. */
    public void follow(Handover handover, Instant now) {
        outcome = handover.state();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public PartnerType partnerType() {
        return partnerType;
    }

    public HandoverState outcome() {
        return outcome;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HandoverFact fact && id != null && id.equals(fact.id);
    }

    @Override
    public int hashCode() {
        return HandoverFact.class.hashCode();
    }
}

package de.thinka.kompass.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One line of the audit trail: when, who, what, on which object of which office. Never content. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.DELETE_BEFORE, query = "delete from AuditEvent e where e.occurredAt < :before")
public class AuditEvent {

    /** Audit retention: entries older than the parameter {@code before} go. */
    public static final String DELETE_BEFORE = "AuditEvent.deleteBefore";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    private String action;

    @Column(name = "object_type")
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    @Column(name = "office_id")
    private String officeId;

    protected AuditEvent() {
        // JPA
    }

    public AuditEvent(Instant occurredAt, String actor, String action, String objectType, String objectId,
                      String officeId) {
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.officeId = officeId;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Optional<String> objectType() {
        return Optional.ofNullable(objectType);
    }

    public Optional<String> objectId() {
        return Optional.ofNullable(objectId);
    }

    public Optional<String> officeId() {
        return Optional.ofNullable(officeId);
    }
}

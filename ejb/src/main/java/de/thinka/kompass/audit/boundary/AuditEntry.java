package de.thinka.kompass.audit.boundary;

import de.thinka.kompass.audit.entity.AuditEvent;

import java.time.Instant;

/** One line of the trail as ADMIN reads it. */
public record AuditEntry(Instant occurredAt, String actor, String action, String objectType, String objectId,
                         String office) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.occurredAt(), event.actor(), event.action(), event.objectType().orElse(null),
                event.objectId().orElse(null), event.officeId().orElse(null));
    }
}

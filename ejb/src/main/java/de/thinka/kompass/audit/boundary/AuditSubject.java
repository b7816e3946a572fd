package de.thinka.kompass.audit.boundary;

/**
 * What an audited action acted on, by identifier only: a boundary result implements it so that
 * {@link Audited} finds the object (e.g. a ticket's id, a booking reference, a handover number).
 */
public interface AuditSubject {

    /** e.g. {@code ticket}, {@code booking}, {@code handover}. */
    String auditType();

    /** The id or reference; never a name or other content. */
    String auditId();

    /** The office the object belongs to, or null. */
    String auditOffice();

    /** A subject from plain values. */
    static AuditSubject of(String type, String id, String office) {
        return new Plain(type, id, office);
    }

    /** A subject from plain values. */
    record Plain(String auditType, String auditId, String auditOffice) implements AuditSubject {
    }
}

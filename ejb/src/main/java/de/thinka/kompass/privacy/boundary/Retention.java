package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.audit.boundary.AuditTrail;
import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.audit.entity.AuditEvent;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.privacy.control.PrivacySettings;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.queue.control.QueueEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Erases what is older than the retention periods, in bulk updates (never entity by entity) in one transaction:
 * personal fields of tickets, bookings and handovers whose end lies longer back than
 * {@code kompass.privacy.retention}; delivered mails after {@code kompass.privacy.outbox-retention}, given-up
 * ones after the retention period; audit entries after {@code kompass.audit.retention}. Rows already erased are
 * left alone, so a second run changes nothing.
 */
@Stateless
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PrivacySettings settings;

    @Inject
    AuditTrail trail;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Inject
    QueueEvents queueEvents;

    /** Stored queue changes serve reconnects during the day only (decision 0015). */
    static final Duration QUEUE_EVENTS_KEPT = Duration.ofDays(1);

    /** The daily run (timer). */
    public RetentionReport run() {
        RetentionReport report = apply();
        trail.recordAs(Audited.SYSTEM, "privacy.retention", null);
        return report;
    }

    /** ADMIN starts a run at once (e.g. after shortening the period). */
    @Audited("privacy.retention")
    public RetentionReport runNow() {
        currentStaff.requireRole(Role.ADMIN);
        return apply();
    }

    private RetentionReport apply() {
        Instant now = clock.instant();
        OffsetDateTime before = utc(now.minus(settings.retention()));
        RetentionReport report = new RetentionReport(
                erase(Ticket.ERASE_ISSUED_BEFORE, now, before),
                erase(Appointment.ERASE_OVER_BEFORE, now, before),
                erase(Handover.ERASE_OVER_BEFORE, now, before),
                delete(OutboxMail.DELETE_SENT_BEFORE, now, settings.outboxRetention())
                        + delete(OutboxMail.DELETE_FAILED_BEFORE, now, settings.retention()),
                delete(AuditEvent.DELETE_BEFORE, now, settings.auditRetention()));
        queueEvents.deleteBefore(now.minus(QUEUE_EVENTS_KEPT));
        LOG.info(() -> "Privacy retention: personal fields erased of " + report.tickets() + " tickets, "
                + report.bookings() + " bookings, " + report.handovers() + " handovers; " + report.mails()
                + " mails and " + report.auditEntries() + " audit entries deleted");
        return report;
    }

    private int erase(String query, Instant now, OffsetDateTime before) {
        return em.createNamedQuery(query).setParameter("now", utc(now)).setParameter("before", before).executeUpdate();
    }

    private int delete(String query, Instant now, Duration kept) {
        return em.createNamedQuery(query).setParameter("before", utc(now.minus(kept))).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.appointment.boundary.Bookings;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.privacy.control.SubjectExport;
import de.thinka.kompass.privacy.control.SubjectFinder;
import de.thinka.kompass.queue.control.QueueEvents;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Requests of data subjects (Art. 15 and 17 GDPR), ADMIN only: find a person's records by booking reference,
 * ticket or booking link, e-mail address or phone number; export everything stored about them; erase it.
 * Erasing cancels their future bookings first (the time becomes free; no mail goes out), deletes the mails
 * about them, and erases the personal fields exactly as the retention job does; the anonymous facts stay.
 */
@Stateless
public class DataSubjects {

    private static final Logger LOG = Logger.getLogger(DataSubjects.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SubjectFinder finder;

    @Inject
    SubjectExport export;

    @Inject
    Bookings bookings;

    @Inject
    Clock clock;

    @Inject
    QueueEvents queueEvents;

    @Audited("privacy.search")
    public SubjectRecords find(String typed) {
        return records(typed);
    }

    /** The same as {@link #find}, recorded as an export (the person gets a copy). */
    @Audited("privacy.export")
    public SubjectRecords export(String typed) {
        return records(typed);
    }

    @Audited("privacy.erase")
    public ErasureReport erase(String typed) {
        currentStaff.requireRole(Role.ADMIN);
        SubjectQuery query = SubjectQuery.parse(typed);
        SubjectFinder.Found found = finder.find(query);
        Instant now = clock.instant();
        int cancelled = 0;
        for (Appointment appointment : found.appointments()) {
            // locked and read again first, like every other change of a booking: the jobs timer may have marked
            // it reminded since it was found (PostgreSQL refused the erasure as "changed meanwhile", 2026-12-04)
            if (appointment.isOpen() && appointment.end().isAfter(now)
                    && bookings.lockedForChange(appointment).isOpen()) {
                bookings.cancelQuietly(appointment);
                cancelled++;
            }
        }
        em.flush();
        int mails = deleteMails(query, found);
        queueEvents.deleteOfTickets(found.tickets().stream().map(Ticket::id).toList());
        ErasureReport report = new ErasureReport(query.kind(),
                erase(Appointment.ERASE_IDS, found.appointments().stream().map(Appointment::id).toList(), now),
                cancelled,
                erase(Ticket.ERASE_IDS, found.tickets().stream().map(Ticket::id).toList(), now),
                erase(Handover.ERASE_IDS, found.handovers().stream().map(Handover::id).toList(), now), mails);
        em.clear();
        LOG.info(() -> "Data subject erasure: " + report.bookings() + " bookings (" + report.cancelled() + " cancelled), "
                + report.tickets() + " tickets, " + report.handovers() + " handovers, " + report.mails() + " mails");
        return report;
    }

    private SubjectRecords records(String typed) {
        currentStaff.requireRole(Role.ADMIN);
        SubjectQuery query = SubjectQuery.parse(typed);
        return export.of(query.kind(), finder.find(query), clock.instant());
    }

    private int deleteMails(SubjectQuery query, SubjectFinder.Found found) {
        int deleted = 0;
        for (String prefix : SubjectFinder.keyPrefixes(found.appointments(), found.handovers())) {
            deleted += em.createNamedQuery(OutboxMail.DELETE_BY_KEY_PREFIX).setParameter("prefix", prefix + "%")
                    .executeUpdate();
        }
        if (query.kind() == SubjectQuery.Kind.EMAIL) {
            deleted += em.createNamedQuery(OutboxMail.DELETE_TO).setParameter("recipient", query.value()).executeUpdate();
        }
        return deleted;
    }

    private int erase(String statement, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(statement).setParameter("ids", ids).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}

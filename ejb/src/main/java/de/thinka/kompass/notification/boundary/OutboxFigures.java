package de.thinka.kompass.notification.boundary;

import de.thinka.kompass.notification.entity.MailState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The outbox's backlog for operations (metrics and readiness): counts only, nothing about the mails. */
@Stateless
public class OutboxFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public OutboxBacklog backlog() {
        Instant now = clock.instant();
        long pending = 0;
        long failed = 0;
        for (Object[] row : em.createQuery("select m.state, count(m) from OutboxMail m"
                + " where m.state <> de.thinka.kompass.notification.entity.MailState.SENT group by m.state",
                Object[].class).getResultList()) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == MailState.PENDING) {
                pending = count;
            } else if (row[0] == MailState.FAILED) {
                failed = count;
            }
        }
        long retrying = em.createQuery("select count(m) from OutboxMail m where m.state"
                + " = de.thinka.kompass.notification.entity.MailState.PENDING and m.attempts > 0", Long.class)
                .getSingleResult();
        OffsetDateTime oldestDue = em.createQuery("select min(m.nextAttemptAt) from OutboxMail m where m.state"
                + " = de.thinka.kompass.notification.entity.MailState.PENDING and m.nextAttemptAt <= :now", OffsetDateTime.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).getSingleResult();
        return new OutboxBacklog(pending, retrying, failed, oldestDue == null ? null : oldestDue.toInstant(), now);
    }
}

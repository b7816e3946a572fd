package de.thinka.kompass.notification.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-01-12T09:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);

    private static OutboxMail mail() {
        return OutboxMail.pending("appointment-42-reminder-1", "juergen.mueller@example.org",
                "Erinnerung an Ihren Termin", "Guten Tag", null, null, null, "de", NOW);
    }

    @Test
    void newMailIsDueAtOnce() {
        OutboxMail mail = mail();

        assertEquals(MailState.PENDING, mail.state());
        assertTrue(mail.isDue(NOW));
        assertFalse(mail.isDue(NOW.minusSeconds(1)));
        assertEquals(0, mail.attempts());
    }

    @Test
    void sentMailIsNoLongerDue() {
        OutboxMail mail = mail();

        mail.markSent(NOW.plusSeconds(1));

        assertEquals(MailState.SENT, mail.state());
        assertEquals(Optional.of(NOW.plusSeconds(1)), mail.sentAt());
        assertEquals(1, mail.attempts());
        assertFalse(mail.isDue(NOW.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> mail.markSent(NOW));
    }

    @Test
    void failedAttemptWaitsLongerEachTimeThenGivesUp() {
        OutboxMail mail = mail();

        mail.markFailed(NOW, "MailConnectException", POLICY);
        assertEquals(Optional.of(NOW.plusSeconds(30)), mail.nextAttemptAt());
        assertFalse(mail.isDue(NOW.plusSeconds(29)));
        assertTrue(mail.isDue(NOW.plusSeconds(30)));

        mail.markFailed(NOW.plusSeconds(30), "MailConnectException", POLICY);
        assertEquals(Optional.of(NOW.plusSeconds(90)), mail.nextAttemptAt());

        mail.markFailed(NOW.plusSeconds(90), "SMTPSendFailedException smtp=451", POLICY);
        assertEquals(MailState.FAILED, mail.state());
        assertEquals(3, mail.attempts());
        assertEquals(Optional.empty(), mail.nextAttemptAt());
        assertEquals(Optional.of("SMTPSendFailedException smtp=451"), mail.lastError());
        assertThrows(IllegalStateException.class, () -> mail.markFailed(NOW, "x", POLICY));
    }

    @Test
    void longErrorNotesAreCut() {
        OutboxMail mail = mail();

        mail.markFailed(NOW, "E".repeat(500), POLICY);

        assertEquals(OutboxMail.ERROR_MAX, mail.lastError().orElseThrow().length());
    }

    @Test
    void calendarMethodAndTextBelongTogether() {
        assertThrows(IllegalArgumentException.class, () -> OutboxMail.pending("k", "a@example.org", "s", "t",
                null, "REQUEST", null, "de", NOW));
    }

    @Test
    void aFailedMailCanBeRetriedWithAFreshScheduleButASentOneNever() {
        OutboxMail mail = mail();
        for (int i = 0; i < POLICY.maxAttempts(); i++) {
            mail.markFailed(NOW, "MailConnectException", POLICY);
        }
        assertEquals(MailState.FAILED, mail.state());
        mail.retry(NOW.plusSeconds(60));
        assertEquals(MailState.PENDING, mail.state());
        assertEquals(0, mail.attempts());
        assertTrue(mail.isDue(NOW.plusSeconds(60)));
        mail.markSent(NOW.plusSeconds(61));
        assertThrows(IllegalStateException.class, () -> mail.retry(NOW.plusSeconds(62)));
    }
}

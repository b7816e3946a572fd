package de.thinka.kompass.notification.boundary;

import de.thinka.kompass.notification.entity.OutboxMail;

import java.time.Instant;

/**
 * An outbox mail as an operator sees it: its key, state and attempts, the recipient's address shortened to
 * its domain (enough to spot a typo in a partner's domain, not enough to read who it is), never the contents.
 */
public record OutboxEntry(long id, String dedupKey, String recipientDomain, String state, int attempts,
                          String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    public static OutboxEntry of(OutboxMail mail) {
        String recipient = mail.recipient();
        String domain = recipient.contains("@") ? "…@" + recipient.substring(recipient.lastIndexOf('@') + 1) : "…";
        return new OutboxEntry(mail.id(), mail.dedupKey(), domain, mail.state().name(), mail.attempts(),
                mail.lastError().orElse(null), mail.createdAt(), mail.nextAttemptAt().orElse(null),
                mail.sentAt().orElse(null));
    }
}

package de.thinka.kompass.notification.boundary;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One mail as business code hands it to the {@link Outbox}.
 *
 * @param dedupKey  names the logical mail, e.g. {@code appointment-42-reminder-1}: a second mail with the same
 *                  key is ignored. It appears in logs, so it must not contain personal data.
 * @param recipient one address
 * @param subject   German user text
 * @param text      plain text body (always sent)
 * @param html      HTML body, or null for text only
 * @param calendar  an invitation or cancellation to attach, or null
 */
public record OutgoingMail(String dedupKey, String recipient, String subject, String text, String html,
                           Meeting calendar) {

    /** Longest dedup key the outbox stores. */
    public static final int DEDUP_KEY_MAX = 200;

    public OutgoingMail {
        requireText(dedupKey, "dedupKey");
        requireText(recipient, "recipient");
        requireText(subject, "subject");
        requireText(text, "text");
        if (dedupKey.length() > DEDUP_KEY_MAX) {
            throw new IllegalArgumentException("dedupKey longer than " + DEDUP_KEY_MAX);
        }
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException e) {
            // the address itself stays out of the message: it may end up in a log
            throw new IllegalArgumentException("recipient is not a valid mail address");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

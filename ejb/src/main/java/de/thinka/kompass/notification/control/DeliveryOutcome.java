package de.thinka.kompass.notification.control;

/** What one delivery attempt came to. */
public enum DeliveryOutcome {
    /** The SMTP server took the mail. */
    SENT,
    /** Not due any more (sent or rescheduled meanwhile); nothing done. */
    SKIPPED,
    /** This mail failed; it is retried later or, after its last attempt, given up. */
    MAIL_FAILED,
    /** The server could not be reached or refused the session; the run stops, the mail is retried later. */
    SERVER_FAILED
}

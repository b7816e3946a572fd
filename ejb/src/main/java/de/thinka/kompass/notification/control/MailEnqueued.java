package de.thinka.kompass.notification.control;

/** A mail went into the outbox; observed after the commit to start a delivery run. */
public record MailEnqueued(Long mailId) {
}

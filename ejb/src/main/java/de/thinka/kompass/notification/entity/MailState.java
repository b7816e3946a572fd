package de.thinka.kompass.notification.entity;

/** Where a mail in the outbox stands. */
public enum MailState {
    /** Waiting for its (next) delivery attempt. */
    PENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** Given up after the last allowed attempt; an operator has to look. */
    FAILED
}

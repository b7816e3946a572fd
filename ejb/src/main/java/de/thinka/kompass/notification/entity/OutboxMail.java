package de.thinka.kompass.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A mail waiting in, or done with, the outbox. It is written in the business transaction that decided to
 * send it and changes only through {@link #markSent} and {@link #markFailed}.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "select m.id from OutboxMail m"
        + " where m.state = de.thinka.kompass.notification.entity.MailState.PENDING and m.nextAttemptAt <= :now"
        + " order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMail.BY_KEY, query = "select m from OutboxMail m where m.dedupKey = :key")
@NamedQuery(name = OutboxMail.TROUBLED, query = "select m from OutboxMail m"
        + " where m.state = de.thinka.kompass.notification.entity.MailState.FAILED"
        + " or (m.state = de.thinka.kompass.notification.entity.MailState.PENDING and m.attempts > 0)"
        + " order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.BY_KEY_PREFIX, query = "select m from OutboxMail m where m.dedupKey like :prefix"
        + " order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutboxMail.COUNT_BY_KEY, query = "select count(m) from OutboxMail m where m.dedupKey = :key")
@NamedQuery(name = OutboxMail.DELETE_SENT_BEFORE, query = "delete from OutboxMail m"
        + " where m.state = de.thinka.kompass.notification.entity.MailState.SENT and m.sentAt < :before")
@NamedQuery(name = OutboxMail.DELETE_FAILED_BEFORE, query = "delete from OutboxMail m"
        + " where m.state = de.thinka.kompass.notification.entity.MailState.FAILED and m.createdAt < :before")
@NamedQuery(name = OutboxMail.DELETE_BY_KEY_PREFIX, query = "delete from OutboxMail m where m.dedupKey like :prefix")
@NamedQuery(name = OutboxMail.DELETE_TO, query = "delete from OutboxMail m where lower(m.recipient) = :recipient")
@NamedQuery(name = OutboxMail.TO, query = "select m from OutboxMail m where lower(m.recipient) = :recipient"
        + " order by m.createdAt, m.id")
public class OutboxMail {

    public static final String DUE = "OutboxMail.due";
    public static final String COUNT_BY_KEY = "OutboxMail.countByKey";
    public static final String BY_KEY = "OutboxMail.byKey";
    /** Failed mails and pending ones that failed at least once: what an operator should look at. */
    public static final String TROUBLED = "OutboxMail.troubled";
    public static final String BY_KEY_PREFIX = "OutboxMail.byKeyPrefix";
    /** Privacy: delivered mails go after a short time, given-up ones after the retention period. */
    public static final String DELETE_SENT_BEFORE = "OutboxMail.deleteSentBefore";
    public static final String DELETE_FAILED_BEFORE = "OutboxMail.deleteFailedBefore";
    /** Privacy, on a person's request: the mails about their records and the mails to their address. */
    public static final String DELETE_BY_KEY_PREFIX = "OutboxMail.deleteByKeyPrefix";
    public static final String DELETE_TO = "OutboxMail.deleteTo";
    public static final String TO = "OutboxMail.to";

    /** Longest error note kept: exception class and SMTP code, never addresses or text. */
    public static final int ERROR_MAX = 200;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50,
            initialValue = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    private String recipient;

    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "calendar_method")
    private String calendarMethod;

    @Column(name = "calendar_text")
    private String calendarText;

    private String language;

    @Enumerated(EnumType.STRING)
    private MailState state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private int version;

    protected OutboxMail() {
        // JPA
    }

    private OutboxMail(String dedupKey, String recipient, String subject, String textBody, String htmlBody,
                       String calendarMethod, String calendarText, String language, Instant now) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.calendarMethod = calendarMethod;
        this.calendarText = calendarText;
        this.language = language;
        this.state = MailState.PENDING;
        this.createdAt = utc(now);
        this.nextAttemptAt = utc(now);
    }

    /** A mail due at once. {@code calendarMethod} and {@code calendarText} are both given or both null. */
    public static OutboxMail pending(String dedupKey, String recipient, String subject, String textBody,
                                     String htmlBody, String calendarMethod, String calendarText,
                                     String language, Instant now) {
        if ((calendarMethod == null) != (calendarText == null)) {
            throw new IllegalArgumentException("calendar method and text belong together");
        }
        return new OutboxMail(dedupKey, recipient, subject, textBody, htmlBody, calendarMethod, calendarText,
                language, now);
    }

    /** The SMTP server took the mail. */
    public void markSent(Instant now) {
        requirePending();
        attempts++;
        state = MailState.SENT;
        sentAt = utc(now);
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * An attempt failed: try again after the policy's delay, or give up once its attempts are used up.
     * {@code error} must not contain personal data (exception class and SMTP code only).
     */
    public void markFailed(Instant now, String error, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = shorten(error);
        if (policy.exhausted(attempts)) {
            state = MailState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = utc(now.plus(policy.delayAfter(attempts)));
        }
    }

    /**
     * An operator asks for another try (after fixing the relay or the address): due at once, with a fresh
     * retry schedule. A mail already sent is never sent again.
     */
    public void retry(Instant now) {
        if (state == MailState.SENT) {
            throw new IllegalStateException("outbox mail " + id + " is already sent");
        }
        state = MailState.PENDING;
        attempts = 0;
        nextAttemptAt = utc(now);
    }

    /** Whether a delivery run may send it now (another run may have been faster). */
    public boolean isDue(Instant now) {
        return state == MailState.PENDING && nextAttemptAt != null && !nextAttemptAt.toInstant().isAfter(now);
    }

    private void requirePending() {
        if (state != MailState.PENDING) {
            throw new IllegalStateException("outbox mail " + id + " is " + state + ", not PENDING");
        }
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public Optional<String> htmlBody() {
        return Optional.ofNullable(htmlBody);
    }

    public Optional<String> calendarMethod() {
        return Optional.ofNullable(calendarMethod);
    }

    public Optional<String> calendarText() {
        return Optional.ofNullable(calendarText);
    }

    public String language() {
        return language;
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt).map(OffsetDateTime::toInstant);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxMail mail && id != null && id.equals(mail.id);
    }

    @Override
    public int hashCode() {
        return OutboxMail.class.hashCode();
    }
}

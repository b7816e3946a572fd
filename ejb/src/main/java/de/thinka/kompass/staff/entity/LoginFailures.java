package de.thinka.kompass.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed logins of one subject (an account or a client address, stored only as a hash) within the current
 * window. When {@link ThrottleRules#maxFailures()} failures fall within {@link ThrottleRules#window()}, the
 * subject is blocked for {@link ThrottleRules#block()}: logins are then refused without checking the password.
 */
@Entity
@Table(name = "login_failures")
public class LoginFailures {

    @Id
    private String subject;

    private int failures;

    @Column(name = "window_start")
    private OffsetDateTime windowStart;

    @Column(name = "blocked_until")
    private OffsetDateTime blockedUntil;

    protected LoginFailures() {
        // JPA
    }

    public LoginFailures(String subject, Instant now) {
        this.subject = subject;
        this.windowStart = utc(now);
    }

    /** The rules an operator sets (kompass.login.*). */
    public record ThrottleRules(int maxFailures, Duration window, Duration block) {
    }

    /** Counts one failure; the failure that reaches the limit starts the block. */
    public void failed(Instant now, ThrottleRules rules) {
        if (!now.isBefore(windowStart.toInstant().plus(rules.window())) || blockOver(now)) {
            windowStart = utc(now);
            failures = 0;
            blockedUntil = null;
        }
        failures++;
        if (failures >= rules.maxFailures()) {
            blockedUntil = utc(now.plus(rules.block()));
        }
    }

    /** How long logins of this subject are still refused, if they are. */
    public Optional<Duration> blockedFor(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil.toInstant())
                ? Optional.of(Duration.between(now, blockedUntil.toInstant())) : Optional.empty();
    }

    /** Neither counting nor blocking any more: the row can go. */
    public boolean expired(Instant now, ThrottleRules rules) {
        return !now.isBefore(windowStart.toInstant().plus(rules.window())) && (blockedUntil == null || blockOver(now));
    }

    private boolean blockOver(Instant now) {
        return blockedUntil != null && !now.isBefore(blockedUntil.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public int failures() {
        return failures;
    }
}

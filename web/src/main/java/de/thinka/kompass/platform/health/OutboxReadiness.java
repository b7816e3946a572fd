package de.thinka.kompass.platform.health;

import de.thinka.kompass.notification.boundary.OutboxBacklog;
import de.thinka.kompass.notification.boundary.OutboxFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Not ready while the mail outbox is far behind: more than {@code kompass.health.outbox.max-pending} mails
 * waiting (default 1000), or a due mail unsent for longer than {@code kompass.health.outbox.max-due-age}
 * (default 15 minutes). Mails waiting for their next retry are not due and do not count for the age.
 * Thresholds are read on every check, so an operator can change them at run time.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxFigures outbox;

    @Inject
    Config config;

    @Override
    public HealthCheckResponse call() {
        long maxPending = config.getOptionalValue("kompass.health.outbox.max-pending", Long.class).orElse(1000L);
        Duration maxAge = config.getOptionalValue("kompass.health.outbox.max-due-age", Duration.class)
                .orElse(Duration.ofMinutes(15));
        OutboxBacklog backlog = outbox.backlog();
        boolean keepingUp = backlog.pending() <= maxPending && backlog.oldestDueAge().compareTo(maxAge) <= 0;
        return HealthCheckResponse.named("outbox").status(keepingUp)
                .withData("pending", backlog.pending())
                .withData("retrying", backlog.retrying())
                .withData("failed", backlog.failed())
                .withData("oldestDueSeconds", backlog.oldestDueAge().toSeconds())
                .withData("maxPending", maxPending)
                .withData("maxDueSeconds", maxAge.toSeconds())
                .build();
    }
}

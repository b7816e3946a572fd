package de.thinka.kompass.platform.health;

import de.thinka.kompass.notification.boundary.MailServerCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether the mail server accepted the last test connection (tried in the background, see
 * {@link MailServerCheck}). Only reported by default: the outbox keeps mail and retries, and the counselling
 * points work without mail, so a mail server outage should alert, not take the application out of service.
 * With {@code kompass.health.mail.required=true} an unreachable server makes readiness DOWN.
 */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

    @Inject
    MailServerCheck mailServer;

    @Inject
    Config config;

    @Override
    public HealthCheckResponse call() {
        boolean required = config.getOptionalValue("kompass.health.mail.required", Boolean.class).orElse(false);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-server").withData("required", required);
        return mailServer.last().map(result -> {
            response.withData("reachable", result.reachable()).withData("checkedAt", result.checkedAt().toString());
            if (result.failure() != null) {
                response.withData("failure", result.failure());
            }
            return response.status(result.reachable() || !required);
        }).orElseGet(() -> response.withData("reachable", "unknown").up()).build();
    }
}

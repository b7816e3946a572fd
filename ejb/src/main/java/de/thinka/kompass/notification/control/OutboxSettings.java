package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.entity.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** Settings of the mail outbox (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "kompass.outbox.poll-interval", defaultValue = "PT30S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "kompass.outbox.retry-initial", defaultValue = "PT30S")
    String retryInitial;

    @Inject
    @ConfigProperty(name = "kompass.outbox.retry-max", defaultValue = "PT1H")
    String retryMax;

    @Inject
    @ConfigProperty(name = "kompass.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "kompass.outbox.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "kompass.mail.from")
    Optional<String> mailFrom;

    /** How often pending mails are looked at when no new mail triggers a run (retries, after a restart). */
    public Duration pollInterval() {
        return Duration.parse(pollInterval);
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.parse(retryInitial), Duration.parse(retryMax), maxAttempts);
    }

    /** How many mails one query of a delivery run takes. */
    public int batchSize() {
        return batchSize;
    }

    /** Sender address; when not set, the mail session's {@code mail.from} (asadmin --fromaddress) is used. */
    public Optional<String> mailFrom() {
        return mailFrom.filter(from -> !from.isBlank());
    }
}

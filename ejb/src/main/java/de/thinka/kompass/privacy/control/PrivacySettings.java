package de.thinka.kompass.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import de.thinka.kompass.settings.boundary.Settings;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The privacy periods, read in this one place: the job, the privacy notice page and the docs all ask here. The
 * retention periods are settings ADMIN keeps on the settings page (database, else MicroProfile Config under the
 * same keys); when and whether the job runs is configuration.
 */
@ApplicationScoped
public class PrivacySettings {

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "kompass.privacy.outbox-retention", defaultValue = "P7D")
    Duration outboxRetention;

    @Inject
    @ConfigProperty(name = "kompass.privacy.run-at", defaultValue = "03:30")
    LocalTime runAt;

    @Inject
    @ConfigProperty(name = "kompass.privacy.daily-run", defaultValue = "true")
    boolean dailyRun;

    /** Personal fields of tickets, bookings and handovers are kept this long after their end (default 90 days). */
    public Duration retention() {
        return settings.privacyRetention();
    }

    /** Delivered mails are kept this long after sending (default 7 days); given-up ones for {@link #retention()}. */
    public Duration outboxRetention() {
        return outboxRetention;
    }

    /** Audit entries are kept this long (default 365 days). */
    public Duration auditRetention() {
        return settings.auditRetention();
    }

    /** When the daily retention job runs, in the offices' time zone (default 03:30). */
    public LocalTime runAt() {
        return runAt;
    }

    /** Whether the job runs by itself every day (the system tests start their runs themselves). */
    public boolean dailyRun() {
        return dailyRun;
    }
}

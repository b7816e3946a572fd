package de.thinka.kompass.settings.boundary;

import de.thinka.kompass.settings.entity.StoredSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The current value of every {@link SettingKey}: from the database if ADMIN set it, else the MicroProfile Config
 * value of the same name (system property, environment), else the built-in default. The stored values are kept in
 * memory (the booking path reads them on every request), dropped after a change here commits and reloaded at the
 * latest after {@link #MAX_AGE}, so a change made on another server counts within a minute.
 */
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** Fired by {@link SettingsAdministration} after a change; observed after commit. */
    public record Changed() {
    }

    /** Where a value comes from, for the settings page. */
    public enum Source { DATABASE, CONFIGURATION, DEFAULT }

    private record Loaded(Map<String, String> values, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private volatile Loaded stored;

    public Duration privacyRetention() {
        return duration(SettingKey.PRIVACY_RETENTION);
    }

    public Duration auditRetention() {
        return duration(SettingKey.AUDIT_RETENTION);
    }

    public int queueMaxCalls() {
        return number(SettingKey.QUEUE_MAX_CALLS);
    }

    public Duration bookingReminderLead() {
        return duration(SettingKey.BOOKING_REMINDER_LEAD);
    }

    public Duration bookingLeadTime() {
        return duration(SettingKey.BOOKING_LEAD_TIME);
    }

    public Duration bookingWindow() {
        return duration(SettingKey.BOOKING_WINDOW);
    }

    public int bookingMaxOpenPerContact() {
        return number(SettingKey.BOOKING_MAX_OPEN);
    }

    public boolean handoverDiscreetByDefault() {
        return Boolean.parseBoolean(value(SettingKey.HANDOVER_DISCREET_DEFAULT));
    }

    /** The raw value (ISO duration, number, true/false) the application works with now. */
    public String value(SettingKey key) {
        String value = storedValues().get(key.configName());
        return value != null ? value : configured(key).orElse(key.defaultValue());
    }

    public Source source(SettingKey key) {
        if (storedValues().containsKey(key.configName())) {
            return Source.DATABASE;
        }
        return configured(key).isPresent() ? Source.CONFIGURATION : Source.DEFAULT;
    }

    void reloadAfterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        stored = null;
    }

    private Duration duration(SettingKey key) {
        try {
            return Durations.parse(value(key));
        } catch (RuntimeException unreadable) {
            LOG.warning(key.configName() + " is no ISO-8601 duration; the default " + key.defaultValue() + " applies.");
            return Durations.parse(key.defaultValue());
        }
    }

    private int number(SettingKey key) {
        try {
            return Integer.parseInt(value(key).strip());
        } catch (NumberFormatException unreadable) {
            LOG.warning(key.configName() + " is no whole number; the default " + key.defaultValue() + " applies.");
            return Integer.parseInt(key.defaultValue());
        }
    }

    private Optional<String> configured(SettingKey key) {
        return config.getOptionalValue(key.configName(), String.class).filter(value -> !value.isBlank());
    }

    private Map<String, String> storedValues() {
        Loaded loaded = stored;
        if (loaded == null || clock.instant().isAfter(loaded.at().plus(MAX_AGE))) {
            loaded = new Loaded(em.createQuery("select s from StoredSetting s", StoredSetting.class).getResultStream()
                    .collect(Collectors.toUnmodifiableMap(StoredSetting::name, StoredSetting::value)), clock.instant());
            stored = loaded;
        }
        return loaded.values();
    }
}

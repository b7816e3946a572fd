package de.thinka.kompass.settings.boundary;

import de.thinka.kompass.settings.entity.StoredSetting;
import de.thinka.kompass.platform.cluster.ClusterWide;
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
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The current value of every {@link SettingKey}: from the database if ADMIN set it, else the MicroProfile Config
 * value of the same name (system property, environment), else the built-in default. The resolved values are kept in
 * memory (the booking path reads them on every request), dropped after a change here commits and reloaded at the
 * latest after {@link #MAX_AGE}, so a change made on another server counts within a minute.
 */
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** Fired by {@link SettingsAdministration} after a change; observed after commit. */
    public record Changed() implements ClusterWide {
    }

    /** Where a value comes from, for the settings page. */
    public enum Source { DATABASE, CONFIGURATION, DEFAULT }

    /** Every setting's value and source as of one moment: accessors are map lookups, nothing else. */
    private record Loaded(Map<SettingKey, String> values, Map<SettingKey, Source> sources, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private volatile Loaded current;

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
        return loaded().values().get(key);
    }

    public Source source(SettingKey key) {
        return loaded().sources().get(key);
    }

    void reloadAfterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        current = null;
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

    /**
     * Database values, configuration values and defaults resolved together, so the booking path never asks the
     * configuration sources or the database per call.
     */
    private Loaded loaded() {
        Loaded loaded = current;
        if (loaded == null || clock.instant().isAfter(loaded.at().plus(MAX_AGE))) {
            Map<String, String> stored = em.createQuery("select s from StoredSetting s", StoredSetting.class)
                    .getResultStream().collect(Collectors.toMap(StoredSetting::name, StoredSetting::value));
            Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
            Map<SettingKey, Source> sources = new EnumMap<>(SettingKey.class);
            for (SettingKey key : SettingKey.values()) {
                Optional<String> configured = configured(key);
                if (stored.containsKey(key.configName())) {
                    values.put(key, stored.get(key.configName()));
                    sources.put(key, Source.DATABASE);
                } else {
                    values.put(key, configured.orElse(key.defaultValue()));
                    sources.put(key, configured.isPresent() ? Source.CONFIGURATION : Source.DEFAULT);
                }
            }
            loaded = new Loaded(Map.copyOf(values), Map.copyOf(sources), clock.instant());
            current = loaded;
        }
        return loaded;
    }
}

package de.thinka.kompass.queue.control;

import de.thinka.kompass.settings.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Settings of the walk-in queue (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class QueueSettings {

    /** The recall count is changed by ADMIN on the settings page. */
    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "kompass.queue.default-service-minutes", defaultValue = "20")
    int defaultServiceMinutes;

    @Inject
    @ConfigProperty(name = "kompass.queue.estimate-sample", defaultValue = "10")
    int estimateSample;

    @Inject
    @ConfigProperty(name = "kompass.queue.active-desk-window-minutes", defaultValue = "60")
    int activeDeskWindowMinutes;

    /** How often a visitor is called before staff can only mark a no-show. */
    public int maxCalls() {
        return settings.queueMaxCalls();
    }

    /** Assumed length of a talk before the day has finished talks to measure. */
    public Duration defaultServiceTime() {
        return Duration.ofMinutes(defaultServiceMinutes);
    }

    /** How many of the day's most recent talks the median is taken over. */
    public int estimateSample() {
        return estimateSample;
    }

    /** A desk counts as active if it called someone within this window. */
    public Duration activeDeskWindow() {
        return Duration.ofMinutes(activeDeskWindowMinutes);
    }
}

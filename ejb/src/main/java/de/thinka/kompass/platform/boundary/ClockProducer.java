package de.thinka.kompass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the offices' time zone; tests freeze their own. */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "kompass.timezone", defaultValue = "Europe/Berlin")
    String timeZone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(timeZone));
    }
}

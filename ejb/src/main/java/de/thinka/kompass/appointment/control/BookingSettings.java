package de.thinka.kompass.appointment.control;

import de.thinka.kompass.settings.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Booking rules: those on the settings page through {@link Settings} (effective at once), the others an operator
 * may change by MicroProfile Config (system properties, environment, ...).
 */
@ApplicationScoped
public class BookingSettings {

    /** Appointments are shown, mailed and planned in the offices' time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Lead time, window, open bookings per contact and reminder lead: changed by ADMIN on the settings page. */
    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "kompass.booking.buffer-minutes", defaultValue = "15")
    int bufferMinutes;

    @Inject
    @ConfigProperty(name = "kompass.booking.slot-step-minutes", defaultValue = "30")
    int stepMinutes;

    @Inject
    @ConfigProperty(name = "kompass.booking.no-show-grace", defaultValue = "PT15M")
    Duration noShowGrace;

    @Inject
    @ConfigProperty(name = "kompass.booking.check-in-early", defaultValue = "PT2H")
    Duration checkInEarly;

    @Inject
    @ConfigProperty(name = "kompass.booking.jobs-interval", defaultValue = "PT1M")
    Duration jobsInterval;

    @Inject
    @ConfigProperty(name = "kompass.holidays.subdivision", defaultValue = "th")
    String holidaySubdivision;

    /** Online bookings start at least this long from now (default 2 hours). */
    public Duration leadTime() {
        return settings.bookingLeadTime();
    }

    /** Online bookings reach at most this far ahead (default 8 weeks). */
    public Duration window() {
        return settings.bookingWindow();
    }

    /** Kept free between two appointments of one counsellor. */
    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    /** Distance between possible start times within a working period. */
    public Duration step() {
        return Duration.ofMinutes(stepMinutes);
    }

    /** Open online bookings one e-mail address or phone number may hold at once. */
    public int maxOpenPerContact() {
        return settings.bookingMaxOpenPerContact();
    }

    /** How long before the appointment the reminder mail goes out (default 24 hours). */
    public Duration reminderLead() {
        return settings.bookingReminderLead();
    }

    /** A booking not checked in this long after its start counts as no-show (default 15 minutes). */
    public Duration noShowGrace() {
        return noShowGrace;
    }

    /** How long before the appointment a visitor can be checked in (earlier arrivals wait as walk-ins). */
    public Duration checkInEarly() {
        return checkInEarly;
    }

    /** How often reminders and no-shows are looked for. */
    public Duration jobsInterval() {
        return jobsInterval;
    }

    /** Region of the public holidays (ISO 3166-2 subdivision of Germany, default Thuringia). */
    public String holidaySubdivision() {
        return holidaySubdivision;
    }
}

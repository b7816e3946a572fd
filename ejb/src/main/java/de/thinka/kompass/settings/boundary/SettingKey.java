package de.thinka.kompass.settings.boundary;

import java.time.Duration;

/**
 * The settings ADMIN changes on the settings page. Each has its MicroProfile Config name, the unit staff enter
 * it in, the built-in default and the range a value must lie in (in that unit).
 */
public enum SettingKey {
    /** How long personal data of tickets, appointments and handovers is kept (days). */
    PRIVACY_RETENTION("kompass.privacy.retention", Unit.DAYS, "P90D", 1, 3650),
    /** How long audit entries are kept (days). */
    AUDIT_RETENTION("kompass.audit.retention", Unit.DAYS, "P365D", 30, 3650),
    /** How often a visitor is called before staff can only mark a no-show. */
    QUEUE_MAX_CALLS("kompass.queue.max-calls", Unit.COUNT, "3", 1, 10),
    /** How long before an appointment the reminder goes out (hours). */
    BOOKING_REMINDER_LEAD("kompass.booking.reminder-lead", Unit.HOURS, "PT24H", 1, 168),
    /** Online bookings start at least this long from now (hours). */
    BOOKING_LEAD_TIME("kompass.booking.lead-time", Unit.HOURS, "PT2H", 0, 336),
    /** Online bookings reach at most this far ahead (days). */
    BOOKING_WINDOW("kompass.booking.window", Unit.DAYS, "P56D", 1, 365),
    /** Open online bookings one e-mail address or phone number may hold at once. */
    BOOKING_MAX_OPEN("kompass.booking.max-open-per-contact", Unit.COUNT, "2", 1, 20),
    /** Whether a new handover's invitation leaves out concern and office unless the counsellor says otherwise. */
    HANDOVER_DISCREET_DEFAULT("kompass.handover.discreet-default", Unit.YES_NO, "true", 0, 1);

    /** How a value is entered and shown; durations are stored as ISO-8601 (e.g. P90D, PT24H). */
    public enum Unit { DAYS, HOURS, COUNT, YES_NO }

    private final String configName;
    private final Unit unit;
    private final String defaultValue;
    private final long min;
    private final long max;

    SettingKey(String configName, Unit unit, String defaultValue, long min, long max) {
        this.configName = configName;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String configName() {
        return configName;
    }

    public Unit unit() {
        return unit;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /**
     * The stored form (ISO duration, number, true/false) of a value as staff entered it; null when it is no
     * number, no yes/no or outside the range.
     */
    public String stored(String entered) {
        String value = entered == null ? "" : entered.strip();
        if (unit == Unit.YES_NO) {
            return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? value.toLowerCase() : null;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
        if (number < min || number > max) {
            return null;
        }
        return switch (unit) {
            case DAYS -> "P" + number + "D";
            case HOURS -> Duration.ofHours(number).toString();
            default -> Long.toString(number);
        };
    }

    /** A stored or configured value in the unit staff see it in ("90" days, "24" hours, "3", "true"). */
    public String shown(String stored) {
        return switch (unit) {
            case DAYS -> Long.toString(Durations.parse(stored).toDays());
            case HOURS -> Long.toString(Durations.parse(stored).toHours());
            default -> stored;
        };
    }
}

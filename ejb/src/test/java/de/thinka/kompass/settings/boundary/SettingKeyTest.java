package de.thinka.kompass.settings.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class SettingKeyTest {

    @Test
    void enteredValuesBecomeWhatMicroProfileConfigWouldHold() {
        assertEquals("P30D", SettingKey.PRIVACY_RETENTION.stored(" 30 "));
        assertEquals("PT48H", SettingKey.BOOKING_REMINDER_LEAD.stored("48"));
        assertEquals("PT0S", SettingKey.BOOKING_LEAD_TIME.stored("0"));
        assertEquals("2", SettingKey.QUEUE_MAX_CALLS.stored("2"));
        assertEquals("false", SettingKey.HANDOVER_DISCREET_DEFAULT.stored("FALSE"));
    }

    @Test
    void outsideTheRangeOrNoNumberIsRefused() {
        assertNull(SettingKey.QUEUE_MAX_CALLS.stored("0"));
        assertNull(SettingKey.QUEUE_MAX_CALLS.stored("11"));
        assertNull(SettingKey.AUDIT_RETENTION.stored("29"));
        assertNull(SettingKey.BOOKING_WINDOW.stored("viele"));
        assertNull(SettingKey.BOOKING_WINDOW.stored("1.5"));
        assertNull(SettingKey.BOOKING_WINDOW.stored(null));
        assertNull(SettingKey.HANDOVER_DISCREET_DEFAULT.stored("ja"));
    }

    @Test
    void storedAndConfiguredValuesShowInTheirUnit() {
        assertEquals("90", SettingKey.PRIVACY_RETENTION.shown("P90D"));
        assertEquals("56", SettingKey.BOOKING_WINDOW.shown("P56D"));
        assertEquals("56", SettingKey.BOOKING_WINDOW.shown("P8W"), "weeks as MicroProfile Config may hold them");
        assertEquals("24", SettingKey.BOOKING_REMINDER_LEAD.shown("PT24H"));
        assertEquals("2", SettingKey.BOOKING_LEAD_TIME.shown("PT120M"));
        assertEquals("3", SettingKey.QUEUE_MAX_CALLS.shown("3"));
    }

    @Test
    void defaultsLieInTheirRangeAndRoundTrip() {
        for (SettingKey key : SettingKey.values()) {
            String again = key.stored(key.shown(key.defaultValue()));
            assertNotNull(again, key.name());
            if (key.unit() == SettingKey.Unit.DAYS || key.unit() == SettingKey.Unit.HOURS) {
                assertEquals(Durations.parse(key.defaultValue()), Durations.parse(again), key.name());
            } else {
                assertEquals(key.defaultValue(), again, key.name());
            }
        }
    }
}

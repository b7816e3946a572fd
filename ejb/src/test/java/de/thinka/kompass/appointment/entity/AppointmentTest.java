package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppointmentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    private static Appointment booked() {
        return new Appointment("KQ7M-4X2P", "t".repeat(32), "arnstadt", "schulden", "anna", START,
                START.plusSeconds(3600), new Contact("Mia", "mia@example.org", null), "de", BookingChannel.ONLINE, null, NOW);
    }

    @Test
    void rescheduleRaisesTheCalendarSequenceAndForgetsTheReminder() {
        Appointment appointment = booked();
        appointment.markReminded(NOW);
        appointment.reschedule("ben", START.plusSeconds(7200), START.plusSeconds(10800));
        assertEquals(1, appointment.calendarSequence());
        assertEquals("ben", appointment.counsellor());
        assertTrue(appointment.remindedAt().isEmpty());
    }

    @Test
    void cancelledOrCheckedInBookingsRefuseFurtherChanges() {
        Appointment cancelled = booked();
        cancelled.cancel(NOW);
        assertEquals(AppointmentState.CANCELLED, cancelled.state());
        assertEquals(1, cancelled.calendarSequence());
        assertEquals("booking-not-open.cancelled", assertThrows(BusinessException.class, () -> cancelled.cancel(NOW)).messageKey());
        assertThrows(BusinessException.class, () -> cancelled.reschedule("anna", START, START.plusSeconds(60)));

        Appointment arrived = booked();
        arrived.checkIn(7L, NOW);
        assertEquals(AppointmentState.CHECKED_IN, arrived.state());
        assertEquals("booking-not-open.checked_in", assertThrows(BusinessException.class, () -> arrived.markNoShow(NOW)).messageKey());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"de, de", "en, en", "uk, uk", "ar, ar", "ls, de", "fr, de", "'', de", "-, de"})
    void mailLanguageIsOneWeWriteMailsInElseGerman(String asked, String kept) {
        assertEquals(kept, new Appointment("A", "t", "o", "c", "x", START, START.plusSeconds(60),
                new Contact("M", null, null), asked, BookingChannel.PHONE, "empfang", NOW).language());
    }
}

package de.thinka.kompass.appointment.boundary;

/**
 * A booking was refused (e.g. {@code slot-taken}, {@code too-many-open-bookings}); fired before the refusal
 * leaves the bean, for the metrics. Nothing about the citizen.
 *
 * @param reason  the refusal's message key
 * @param channel {@code online} (the citizen) or {@code staff} (booked on a citizen's behalf)
 */
public record BookingRefused(String reason, String channel) {
}

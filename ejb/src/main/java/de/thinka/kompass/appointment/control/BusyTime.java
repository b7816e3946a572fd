package de.thinka.kompass.appointment.control;

import java.time.Instant;

/** A counsellor is taken from..to by an appointment (in any office). */
public record BusyTime(String counsellor, Instant from, Instant to) {
}

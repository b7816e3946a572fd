package de.thinka.kompass.appointment.boundary;

/** A booking was not checked in in time and is now a no-show; fired inside the transaction that marked it. */
public record AppointmentMissed(long appointmentId) {
}

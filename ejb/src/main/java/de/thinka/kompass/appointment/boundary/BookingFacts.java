package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;

/** An appointment with the office and concern it belongs to and the counsellor's display name (read only). */
public record BookingFacts(Appointment appointment, Office office, Concern concern, String counsellorName) {
}

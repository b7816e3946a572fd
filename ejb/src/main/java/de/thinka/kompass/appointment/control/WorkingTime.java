package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.LocalPeriod;

import java.time.LocalDate;

/** One counsellor works in the office during this period of that day. */
public record WorkingTime(String counsellor, LocalDate day, LocalPeriod period) {
}

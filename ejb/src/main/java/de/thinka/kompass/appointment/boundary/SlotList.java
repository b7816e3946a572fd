package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.Slot;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;

import java.time.LocalDate;
import java.util.List;

/** Free start times of an office for a concern between two days. */
public record SlotList(Office office, Concern concern, LocalDate from, LocalDate to, List<Slot> slots) {
}

package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.WorkPlan;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OfficeClosure;

import java.time.LocalDate;
import java.util.List;

/** What decides an office's bookable times in a range of days. */
public record AvailabilityView(Office office, LocalDate from, LocalDate to, List<WorkPlan> plans,
                               List<ExtraHours> extras, List<Absence> absences, List<OfficeClosure> closures,
                               List<LocalDate> publicHolidays) {
}

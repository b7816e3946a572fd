package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.Absence;
import de.thinka.kompass.appointment.entity.ExtraHours;
import de.thinka.kompass.appointment.entity.WorkPlan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who works in an office when, day by day (a pure function): weekly plans, except on absences, the office's
 * closure days and public holidays, and one-off extra hours, except on absences. Extra hours are entered for a
 * particular day on purpose, so they count even on a holiday or closure day (e.g. an open day on a Saturday).
 */
public final class WorkingTimes {

    private WorkingTimes() {
    }

    public static List<WorkingTime> of(String officeId, LocalDate from, LocalDate to, Collection<WorkPlan> plans,
                                       Collection<ExtraHours> extras, Collection<Absence> absences,
                                       Set<LocalDate> closedDays) {
        List<WorkingTime> times = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (WorkPlan plan : plans) {
                if (plan.officeId().equals(officeId) && !closedDays.contains(day) && !away(absences, plan.username(), day)) {
                    for (var period : plan.periodsOn(day)) {
                        times.add(new WorkingTime(plan.username(), day, period));
                    }
                }
            }
            for (ExtraHours extra : extras) {
                if (extra.officeId().equals(officeId) && extra.day().equals(day) && !away(absences, extra.username(), day)) {
                    times.add(new WorkingTime(extra.username(), day, extra.hours()));
                }
            }
        }
        return times;
    }

    private static boolean away(Collection<Absence> absences, String counsellor, LocalDate day) {
        return absences.stream().anyMatch(absence -> absence.keeps(counsellor, day));
    }
}

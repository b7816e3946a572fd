package de.thinka.kompass.appointment.control;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Public holidays of Thuringia (or the configured German state), computed by jollyday and kept per year. */
@ApplicationScoped
public class PublicHolidays {

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    @Inject
    BookingSettings settings;

    /** The public holidays between the two days (both included). */
    public Set<LocalDate> between(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            days.addAll(of(year));
        }
        days.removeIf(day -> day.isBefore(from) || day.isAfter(to));
        return days;
    }

    public boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    private Set<LocalDate> of(int year) {
        return byYear.computeIfAbsent(year, any -> compute(year, settings.holidaySubdivision()));
    }

    static Set<LocalDate> compute(int year, String subdivision) {
        HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        return germany.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, subdivision).stream()
                .map(Holiday::getActualDate).collect(Collectors.toUnmodifiableSet());
    }
}

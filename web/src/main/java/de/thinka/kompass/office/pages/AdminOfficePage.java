package de.thinka.kompass.office.pages;

import de.thinka.kompass.appointment.boundary.AvailabilityPlanning;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.control.OpeningHoursText;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.office.entity.OfficeClosure;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * One office's administration page /intern/admin/anlaufstelle.xhtml?id=...: details, rooms, opening hours per
 * weekday and the coming closure days.
 */
@Named
@RequestScoped
public class AdminOfficePage {

    /** A weekday's line of the opening hours form. */
    public record Day(String field, String name, String hours) {
    }

    @Inject
    OfficeDirectory directory;

    @Inject
    AvailabilityPlanning planning;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Language language;

    private Office office;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        String id = external.getRequestParameterMap().get("id");
        if (id == null) {
            id = external.getRequestParameterMap().get("office");
        }
        try {
            office = directory.office(id);
        } catch (BusinessException unknown) {
            external.responseSendError(404, "unknown office");
            faces.responseComplete();
        }
    }

    public Office getOffice() {
        return office;
    }

    public List<Day> getWeek() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new Day("day-" + day.getValue(), day.getDisplayName(TextStyle.FULL, language.getLocale()),
                        OpeningHoursText.format(office.openingHoursOn(day))))
                .toList();
    }

    /** Closure days from today on, as far ahead as the planning view reaches. */
    public List<OfficeClosure> getClosures() {
        LocalDate today = LocalDate.now(clock);
        try {
            return planning.view(office.id(), today, today.plusDays(69)).closures();
        } catch (BusinessException notForThisAdmin) {
            return List.of();
        }
    }

    /** Whether this administrator works for the office (closure days are kept by the office's own staff). */
    public boolean isOwnOffice() {
        return currentStaff.account().worksFor(office.id());
    }
}

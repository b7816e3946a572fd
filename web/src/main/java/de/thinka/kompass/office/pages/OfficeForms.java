package de.thinka.kompass.office.pages;

import de.thinka.kompass.appointment.boundary.AvailabilityPlanning;
import de.thinka.kompass.office.boundary.OfficeAdministration;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.office.entity.OfficeDetails;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.platform.rest.Times;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The office pages' forms: a new office (list page), and on one office's page its details, rooms, opening hours
 * and closure days ({@code aktion} says which).
 */
@WebServlet("/intern/admin/anlaufstellen-aktion")
public class OfficeForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String LIST_PAGE = "/intern/admin/anlaufstellen.xhtml";
    static final String OFFICE_PAGE = "/intern/admin/anlaufstelle.xhtml";

    @Inject
    OfficeAdministration administration;

    @Inject
    AvailabilityPlanning planning;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        FormAnswers.answerForItem(request, response, LIST_PAGE, OFFICE_PAGE, "id",
                action -> act(action, request.getParameter("office"), request));
    }

    private String act(String action, String office, HttpServletRequest request) {
        switch (action) {
            case "anlegen" -> {
                return administration.create(request.getParameter("id"), details(request)).id();
            }
            case "aendern" -> administration.change(office, details(request));
            case "raum-neu" -> administration.addDesk(office, request.getParameter("deskName"));
            case "raum-umbenennen" -> administration.renameDesk(office, request.getParameter("desk"), request.getParameter("deskName"));
            case "raum-entfernen" -> administration.removeDesk(office, request.getParameter("desk"));
            case "oeffnungszeiten" -> administration.changeOpeningHours(office, week(request));
            case "schliessen" -> planning.closeOffice(office, day(request), request.getParameter("reason"));
            case "oeffnen" -> planning.reopenOffice(office, day(request));
            default -> throw new InvalidInput("field-missing", "aktion");
        }
        return office;
    }

    private static OfficeDetails details(HttpServletRequest request) {
        return new OfficeDetails(request.getParameter("name"), request.getParameter("prefix"),
                new Address(request.getParameter("street"), request.getParameter("postalCode"), request.getParameter("city")),
                request.getParameter("phone"), request.getParameter("email"));
    }

    private static Map<DayOfWeek, String> week(HttpServletRequest request) {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, request.getParameter("day-" + day.getValue()));
        }
        return week;
    }

    private static LocalDate day(HttpServletRequest request) {
        LocalDate day = Times.day(request.getParameter("day"), "day");
        if (day == null) {
            throw Refusal.invalid("field-missing", "day");
        }
        return day;
    }
}

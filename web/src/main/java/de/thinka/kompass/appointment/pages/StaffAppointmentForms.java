package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.AppointmentDesk;
import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.BookingRequest;
import de.thinka.kompass.appointment.boundary.CheckedIn;
import de.thinka.kompass.appointment.entity.BookingChannel;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The staff calendar's POSTs: book for someone, move, cancel, check in; then back to the calendar. */
@WebServlet("/intern/termine-aktion")
public class StaffAppointmentForms extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AppointmentDesk desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String office = request.getParameter("office");
        String reference = request.getParameter("reference");
        String action = String.valueOf(request.getParameter("aktion"));
        try {
            String done = switch (action) {
                case "buchen" -> desk.bookOnBehalf(new BookingRequest(office, request.getParameter("concern"),
                                Times.instant(request.getParameter("start"), "start"), request.getParameter("name"),
                                request.getParameter("email"), request.getParameter("phone"), request.getParameter("language")),
                        "DESK".equals(request.getParameter("channel")) ? BookingChannel.DESK : BookingChannel.PHONE,
                        request.getParameter("counsellor")).appointment().reference();
                case "verschieben" -> moved(desk.move(office, reference, Times.instant(request.getParameter("start"), "start"),
                        request.getParameter("counsellor")));
                case "absagen" -> desk.cancel(office, reference).appointment().reference();
                case "anmelden" -> checkedIn(desk.checkIn(office, reference));
                default -> throw new InvalidInput("field-missing", "aktion");
            };
            FormAnswers.seeOther(request, response, "/termine/" + encode(office) + "?tag="
                    + encode(String.valueOf(request.getParameter("tag"))) + "&meldung=" + encode(action) + "&ref=" + encode(done));
        } catch (BusinessException refused) {
            FormAnswers.refuse(request, response, refused, "/intern/termine.xhtml");
        }
    }

    private static String moved(BookingFacts facts) {
        return facts.appointment().reference();
    }

    private static String checkedIn(CheckedIn done) {
        return done.booking().appointment().reference() + " → " + done.ticket().ticket().number();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

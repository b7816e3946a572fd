package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.BookingRequest;
import de.thinka.kompass.appointment.boundary.OnlineBooking;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The booking forms' POSTs (book, cancel, move), so the whole flow works without JavaScript. Success
 * redirects to the manage page (POST-redirect-GET); a refusal shows the same page again with the sentence.
 */
@WebServlet({"/termin/buchen", "/termin/absagen", "/termin/verschieben"})
public class BookingForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Request attribute: the chosen time was taken meanwhile, so the page offers the day's times again. */
    static final String TAKEN = "kompass.slotTaken";

    @Inject
    OnlineBooking booking;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String action = request.getServletPath();
        String token = request.getParameter("token");
        try {
            switch (action) {
                case "/termin/buchen" -> {
                    if (!blank(request.getParameter("website"))) {
                        throw new InvalidInput("spam-suspected");
                    }
                    BookingFacts facts = booking.book(new BookingRequest(request.getParameter("office"),
                            request.getParameter("concern"), Times.instant(request.getParameter("start"), "start"),
                            request.getParameter("name"), request.getParameter("email"), request.getParameter("phone"),
                            Language.of(request, "/termin.xhtml").code()));
                    FormAnswers.seeOther(request, response, "/b/" + facts.appointment().manageToken() + "?neu");
                }
                case "/termin/absagen" -> {
                    booking.cancel(token);
                    FormAnswers.seeOther(request, response, "/b/" + token + "?abgesagt");
                }
                default -> {
                    booking.reschedule(token, Times.instant(request.getParameter("start"), "start"));
                    FormAnswers.seeOther(request, response, "/b/" + token + "?verschoben");
                }
            }
        } catch (BusinessException refused) {
            request.setAttribute(TAKEN, "slot-taken".equals(refused.messageKey()));
            FormAnswers.refuse(request, response, refused, "/termin/buchen".equals(action) ? "/termin.xhtml" : "/booking.xhtml");
        }
    }


    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

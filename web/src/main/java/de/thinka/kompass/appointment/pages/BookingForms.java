package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.BookingRequest;
import de.thinka.kompass.appointment.boundary.OnlineBooking;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The booking forms' POSTs (book, cancel, move), so the whole flow works without JavaScript. Success
 * redirects to the manage page (POST-redirect-GET); a refusal shows the same page again with the sentence.
 */
@WebServlet({"/termin/buchen", "/termin/absagen", "/termin/verschieben"})
public class BookingForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Request attribute: the sentence of a refused form. */
    public static final String ERROR = "kompass.formError";
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
                            language(request).getLanguage()));
                    redirect(request, response, "/b/" + facts.appointment().manageToken() + "?neu");
                }
                case "/termin/absagen" -> {
                    booking.cancel(token);
                    redirect(request, response, "/b/" + token + "?abgesagt");
                }
                default -> {
                    booking.reschedule(token, Times.instant(request.getParameter("start"), "start"));
                    redirect(request, response, "/b/" + token + "?verschoben");
                }
            }
        } catch (BusinessException refused) {
            request.setAttribute(ERROR, ProblemTexts.business(language(request), refused.messageKey(), refused.arguments()));
            request.setAttribute(TAKEN, "slot-taken".equals(refused.messageKey()));
            response.setStatus(refused.reason() == BusinessException.Reason.CONFLICT ? 409
                    : refused.reason() == BusinessException.Reason.NOT_FOUND ? 404 : 400);
            String page = "/termin/buchen".equals(action) ? "/termin.xhtml" : "/booking.xhtml";
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    /** The page language (the same rules as the pages: cookie, then the browser, German by default). */
    public static Locale language(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen == null && request.getCookies() != null) {
            chosen = Arrays.stream(request.getCookies()).filter(cookie -> "kompass-lang".equals(cookie.getName()))
                    .map(Cookie::getValue).findFirst().orElse(null);
        }
        if ("en".equals(chosen) || "de".equals(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        return ProblemTexts.preferredLocale(request);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

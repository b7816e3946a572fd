package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.HandoverDesk;
import de.thinka.kompass.handover.boundary.HandoverFacts;
import de.thinka.kompass.handover.boundary.NewHandover;
import de.thinka.kompass.handover.entity.ConsentItem;
import de.thinka.kompass.handover.entity.HandoverProblem;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.boundary.Refusal;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The counsellor's handover forms (new handover, and the actions on one handover) as plain POSTs, so they work
 * without JavaScript. Success redirects (POST-redirect-GET) with a message; a refusal shows the same page again
 * with the sentence and the entered values.
 */
@WebServlet("/intern/uebergabe-aktion")
public class HandoverForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String NEW_PAGE = "/intern/uebergabe.xhtml";
    static final String DETAILS_PAGE = "/intern/uebergabe-details.xhtml";

    @Inject
    HandoverDesk desk;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String action = String.valueOf(request.getParameter("aktion"));
        boolean creating = "einladen".equals(action) || "entwurf".equals(action);
        try {
            HandoverFacts done = creating ? desk.create(newHandover(request, "entwurf".equals(action))) : act(action, request);
            FormAnswers.seeOther(request, response, DETAILS_PAGE + "?id=" + done.handover().id()
                    + "&meldung=" + URLEncoder.encode(action, StandardCharsets.UTF_8));
        } catch (BusinessException refused) {
            FormAnswers.refuse(request, response, refused, creating ? NEW_PAGE : DETAILS_PAGE);
        }
    }

    private HandoverFacts act(String action, HttpServletRequest request) {
        Long id = id(request.getParameter("id"));
        if (id == null) {
            throw HandoverProblem.unknownHandover();
        }
        return switch (action) {
            case "senden" -> desk.invite(id);
            case "verschieben" -> desk.reschedule(id, start(request), minutes(request.getParameter("duration")),
                    request.getParameter("location"));
            case "zurueckziehen" -> desk.withdraw(id);
            case "widerrufen" -> desk.revokeConsent(id);
            case "wahrgenommen" -> desk.recordOutcome(id, true);
            case "nicht-wahrgenommen" -> desk.recordOutcome(id, false);
            default -> throw new InvalidInput("field-missing", "aktion");
        };
    }

    private static NewHandover newHandover(HttpServletRequest request, boolean draft) {
        return new NewHandover(request.getParameter("office"), id(request.getParameter("contact")),
                id(request.getParameter("ticket")), request.getParameter("termin"), start(request),
                minutes(request.getParameter("duration")), request.getParameter("location"),
                request.getParameter("concern"), request.getParameter("name"), request.getParameter("email"),
                request.getParameter("phone"), request.getParameter("note"), consent(request.getParameterValues("consent")),
                null, Times.day(request.getParameter("validUntil"), "validUntil"),
                request.getParameter("discreet") != null, draft);
    }

    /** Date and time fields as Berlin wall-clock time; null when either is empty (the desk says what is missing). */
    private static Instant start(HttpServletRequest request) {
        LocalDate day = Times.day(request.getParameter("date"), "date");
        LocalTime time = Times.clock(request.getParameter("time"), "time");
        return day == null || time == null ? null : day.atTime(time).atZone(Times.BERLIN).toInstant();
    }

    private static Integer minutes(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("handover-duration", 5, 480);
        }
    }

    private static Set<ConsentItem> consent(String[] items) {
        Set<ConsentItem> consented = EnumSet.noneOf(ConsentItem.class);
        if (items != null) {
            Arrays.stream(items).map(item -> item.toUpperCase(Locale.ROOT))
                    .filter(item -> Arrays.stream(ConsentItem.values()).anyMatch(known -> known.name().equals(item)))
                    .map(ConsentItem::valueOf).forEach(consented::add);
        }
        return consented;
    }

    /** A numeric id from a form field, or null when it is empty or no number. */
    static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.OnlineBooking;
import de.thinka.kompass.appointment.boundary.SlotList;
import de.thinka.kompass.appointment.boundary.SlotSearch;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Addresses;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.pages.QrSvg;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The manage page /b/{token}: the booking, its .ics and a QR code of the reference for reception; cancel and
 * move are each a confirmation page with a POST button (a mail scanner that follows links changes nothing).
 */
@Named
@RequestScoped
public class ManagePage {

    @Inject
    OnlineBooking booking;

    @Inject
    SlotSearch search;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    private String token;
    private BookingFacts facts;
    private LocalDate day;
    private Instant newStart;
    private SlotList slots;
    private String problem;

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        token = parameters.get("token");
        problem = FormAnswers.refusal(external.getRequestMap());
        try {
            facts = booking.view(token);
        } catch (BusinessException unknown) {
            external.responseSendError(404, "unknown booking");
            faces.responseComplete();
            return;
        }
        try {
            if (isMoving() && facts.appointment().isOpen()) {
                slots = search.forCitizens(facts.office().id(), facts.concern().id(), null, null);
                day = Times.day(parameters.get("tag"), "tag");
                newStart = day == null || Boolean.TRUE.equals(external.getRequestMap().get(BookingForms.TAKEN))
                        ? null : Times.instant(parameters.get("start"), "start");
            }
        } catch (BusinessException refused) {
            problem = ProblemTexts.business(language.getLocale(), refused.messageKey(), refused.arguments());
        }
    }

    private boolean has(String parameter) {
        return faces.getExternalContext().getRequestParameterMap().containsKey(parameter);
    }

    public boolean isMoving() {
        return has("verschieben");
    }

    public boolean isCancelling() {
        return has("absagen");
    }

    /** What just happened, for the message on top: neu, abgesagt, verschoben, or null. */
    public String getDone() {
        return has("neu") ? "new" : has("abgesagt") ? "cancelled" : has("verschoben") ? "moved" : null;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public Appointment getAppointment() {
        return facts.appointment();
    }

    public BookingFacts getFacts() {
        return facts;
    }

    public String getConcernName() {
        return language.concernName(facts.concern());
    }

    public String getDayLabel() {
        return BookingTimes.dayLabel(facts.appointment().start().atZone(Times.BERLIN).toLocalDate(), language.getLocale());
    }

    public String getFrom() {
        return BookingTimes.clock(facts.appointment().start());
    }

    public String getUntil() {
        return BookingTimes.clock(facts.appointment().end());
    }

    /** The manage link to keep, absolute. */
    public String getLink() {
        return Addresses.absolute((HttpServletRequest) faces.getExternalContext().getRequest(), "/b/" + token);
    }

    public QrSvg getQr() {
        return QrSvg.of(facts.appointment().reference());
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNewStart() {
        return newStart == null ? null : Times.berlin(newStart).toString();
    }

    public String getNewMoment() {
        return newStart == null ? null : BookingTimes.moment(newStart.atZone(Times.BERLIN), language.getLocale());
    }

    public List<BookingTimes.DayChoice> getDays() {
        return slots == null ? List.of() : BookingTimes.days(slots.slots(), language.getLocale());
    }

    public List<BookingTimes.TimeChoice> getTimes() {
        return slots == null || day == null ? List.of() : BookingTimes.times(slots.slots(), day);
    }
}

package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.SlotList;
import de.thinka.kompass.appointment.boundary.SlotSearch;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The booking page /termin, one step per request so it works without JavaScript: office → concern → day →
 * time → name and contact → confirm (POST to /termin/buchen). The choices so far travel in the address.
 */
@Named
@RequestScoped
public class BookingPage {

    @Inject
    OfficeDirectory directory;

    @Inject
    SlotSearch search;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    private Office office;
    private Concern concern;
    private LocalDate day;
    private Instant start;
    private SlotList slots;
    private String problem;

    public void load() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        problem = FormAnswers.refusal(faces.getExternalContext().getRequestMap());
        try {
            office = blank(parameters.get("office")) ? null : directory.office(parameters.get("office"));
            concern = office == null || blank(parameters.get("concern")) ? null : search.concern(parameters.get("concern"), true);
            day = concern == null ? null : Times.day(parameters.get("day"), "day");
            start = day == null || Boolean.TRUE.equals(faces.getExternalContext().getRequestMap().get(BookingForms.TAKEN))
                    ? null : Times.instant(parameters.get("start"), "start");
            if (concern != null) {
                slots = search.forCitizens(office.id(), concern.id(), null, null);
            }
        } catch (BusinessException refused) {
            problem = ProblemTexts.business(language.getLocale(), refused.messageKey(), refused.arguments());
        }
    }

    /** Which step to show: office, concern, day, time or details. */
    public String getStep() {
        if (office == null) {
            return "office";
        }
        if (concern == null) {
            return "concern";
        }
        if (day == null) {
            return "day";
        }
        return start == null ? "time" : "details";
    }

    public String getProblem() {
        return problem;
    }

    public List<Office> getOffices() {
        return directory.offices();
    }

    public List<Concern> getConcerns() {
        return directory.concerns();
    }

    public Office getOffice() {
        return office;
    }

    public Concern getConcern() {
        return concern;
    }

    public String getConcernName() {
        return concern == null ? null : language.concernName(concern);
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDayLabel() {
        return day == null ? null : BookingTimes.dayLabel(day, language.getLocale());
    }

    public String getStart() {
        return start == null ? null : Times.berlin(start).toString();
    }

    public String getMoment() {
        return start == null ? null : BookingTimes.moment(start.atZone(Times.BERLIN), language.getLocale());
    }

    public List<BookingTimes.DayChoice> getDays() {
        return slots == null ? List.of() : BookingTimes.days(slots.slots(), language.getLocale());
    }

    public List<BookingTimes.TimeChoice> getTimes() {
        return slots == null || day == null ? List.of() : BookingTimes.times(slots.slots(), day);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

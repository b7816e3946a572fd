package de.thinka.kompass.appointment.pages;

import de.thinka.kompass.appointment.boundary.AppointmentDesk;
import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.boundary.SlotList;
import de.thinka.kompass.appointment.boundary.SlotSearch;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.platform.rest.Times;
import de.thinka.kompass.staff.boundary.StaffDirectory;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The office's appointment calendar for staff, /termine/{office}: a week (or one day), optionally of one
 * counsellor; book for someone on the phone or at the desk, move, cancel, check in. Works without JavaScript.
 */
@Named
@RequestScoped
public class StaffCalendarPage {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    AppointmentDesk desk;

    @Inject
    SlotSearch search;

    @Inject
    OfficeDirectory directory;

    @Inject
    StaffDirectory staff;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    private Office office;
    private LocalDate day;
    private boolean week;
    private String counsellor;
    private List<BookingFacts> appointments = List.of();
    private BookingFacts moving;
    private Concern concern;
    private LocalDate slotDay;
    private SlotList slots;
    private String problem;

    public record Entry(String reference, String time, String name, String contact, String concern,
                        String counsellor, String state, boolean open, boolean today) {
    }

    public record DayColumn(LocalDate day, String label, List<Entry> entries) {
    }

    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        problem = FormAnswers.refusal(external.getRequestMap());
        try {
            office = directory.office(parameters.get("office"));
        } catch (BusinessException unknown) {
            external.responseSendError(404, "unknown office");
            faces.responseComplete();
            return;
        }
        day = LocalDate.now(Times.BERLIN);
        week = !"tag".equals(parameters.get("ansicht"));
        counsellor = blankToNull(parameters.get("berater"));
        try {
            LocalDate chosen = Times.day(parameters.get("tag"), "tag");
            day = chosen == null ? day : chosen;
            LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
            appointments = desk.calendar(office.id(), from, week ? from.plusDays(6) : from, counsellor);
        } catch (BusinessException refused) {
            if (refused.reason() == BusinessException.Reason.FORBIDDEN) {
                external.responseSendError(403, refused.messageKey());
                faces.responseComplete();
                return;
            }
            problem = sentence(refused);
        }
        loadBookingForm(parameters);
    }

    private void loadBookingForm(Map<String, String> parameters) {
        try {
            String reference = blankToNull(parameters.get("verschieben"));
            moving = reference == null || office == null ? null : desk.find(office.id(), reference);
            String concernId = moving != null ? moving.concern().id() : blankToNull(parameters.get("anliegen"));
            concern = concernId == null ? null : search.concern(concernId, false);
            slotDay = Times.day(parameters.get("frei"), "frei");
            if (concern != null && slotDay != null) {
                slots = search.forStaff(office.id(), concern.id(), slotDay, slotDay);
            }
        } catch (BusinessException refused) {
            problem = sentence(refused);
        }
    }

    private String sentence(BusinessException refused) {
        return ProblemTexts.business(language.getLocale(), refused.messageKey(), refused.arguments());
    }

    public Office getOffice() {
        return office;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isWeek() {
        return week;
    }

    public String getCounsellor() {
        return counsellor;
    }

    public String getProblem() {
        return problem;
    }

    public LocalDate getPrevious() {
        return day.minusDays(week ? 7 : 1);
    }

    public LocalDate getNext() {
        return day.plusDays(week ? 7 : 1);
    }

    public List<DayColumn> getColumns() {
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        LocalDate today = LocalDate.now(Times.BERLIN);
        return from.datesUntil(from.plusDays(week ? 6 : 1))
                .map(date -> new DayColumn(date, BookingTimes.dayLabel(date, language.getLocale()),
                        appointments.stream()
                                .filter(facts -> LocalDate.ofInstant(facts.appointment().start(), Times.BERLIN).equals(date))
                                .map(facts -> entry(facts, date.equals(today))).toList()))
                .toList();
    }

    private Entry entry(BookingFacts facts, boolean today) {
        Appointment a = facts.appointment();
        String contact = String.join(" · ", Stream.of(a.contact().phone(), a.contact().email())
                .filter(Objects::nonNull).toList());
        return new Entry(a.reference(), CLOCK.format(a.start().atZone(Times.BERLIN)) + "–" + CLOCK.format(a.end().atZone(Times.BERLIN)),
                a.contact().name(), contact, facts.concern().name(language.getLocale()), facts.counsellorName(),
                a.state().name(), a.isOpen(), today);
    }

    public List<StaffAccount> getCounsellors() {
        return office == null ? List.of() : staff.colleagues(office.id()).stream()
                .filter(account -> account.has(Role.COUNSELLOR)).toList();
    }

    public List<Concern> getConcerns() {
        return directory.concerns();
    }

    public BookingFacts getMoving() {
        return moving;
    }

    public Concern getConcern() {
        return concern;
    }

    public LocalDate getSlotDay() {
        return slotDay;
    }

    public List<BookingTimes.TimeChoice> getTimes() {
        return slots == null ? List.of() : slots.slots().stream()
                .map(slot -> new BookingTimes.TimeChoice(Times.berlin(slot.start()).toString(),
                        CLOCK.format(slot.start().atZone(Times.BERLIN)) + " (" + slot.counsellorCount() + ")"))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package de.thinka.kompass.handover.pages;

import de.thinka.kompass.appointment.boundary.AppointmentDesk;
import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.handover.boundary.PartnerDirectory;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.pages.Language;
import de.thinka.kompass.platform.rest.ProblemTexts;
import de.thinka.kompass.queue.boundary.TicketFacts;
import de.thinka.kompass.settings.boundary.Settings;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The new-handover form /intern/uebergabe.xhtml: partner contacts of the counsellor's offices grouped by partner,
 * time, purpose, the client's details and the consent item by item. Prefilled from a ticket in service
 * ({@code ?ticket=ID}) or an appointment ({@code ?termin=REF}); after a refusal it shows what was entered.
 */
@Named
@RequestScoped
public class HandoverFormPage {

    private static final List<String> FIELDS = List.of("office", "contact", "date", "time", "duration", "location",
            "concern", "name", "email", "phone", "note", "validUntil", "ticket", "termin");

    @Inject
    PartnerDirectory partners;

    @Inject
    OfficeDirectory offices;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    WalkInQueue queue;

    @Inject
    AppointmentDesk appointments;

    @Inject
    Language language;

    @Inject
    Settings settings;

    @Inject
    FacesContext faces;

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> consent = new HashSet<>();
    private boolean discreet;
    private String problem;
    private String origin;
    private List<PartnerGroup> groups;

    /** One {@code <optgroup>}: a partner with its type, its address and its contact persons. */
    public record PartnerGroup(String name, String type, String address, List<Choice> contacts) {
    }

    public record Choice(String value, String label) {
    }

    public void load() {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        problem = FormAnswers.refusal(external.getRequestMap());
        FIELDS.forEach(field -> values.put(field, parameters.getOrDefault(field, "")));
        if (parameters.containsKey("aktion")) {
            String[] items = external.getRequestParameterValuesMap().get("consent");
            consent.addAll(items == null ? List.of() : Arrays.asList(items));
            discreet = parameters.containsKey("discreet");
        } else {
            values.put("duration", "60");
            discreet = settings.handoverDiscreetByDefault();
            prefill();
        }
    }

    /** Name, contact and purpose from the ticket or the appointment the handover follows. */
    private void prefill() {
        try {
            Long ticketId = HandoverForms.id(values.get("ticket"));
            if (ticketId != null) {
                ticket(ticketId).ifPresent(ticket -> {
                    origin = ticket.number();
                    values.put("name", nullToEmpty(ticket.pseudonym()));
                    values.put("concern", nullToEmpty(ticket.concernId()));
                });
            } else if (!values.get("termin").isBlank()) {
                BookingFacts booking = appointment(values.get("termin").strip());
                origin = booking.appointment().reference();
                values.put("name", nullToEmpty(booking.appointment().contact().name()));
                values.put("email", nullToEmpty(booking.appointment().contact().email()));
                values.put("phone", nullToEmpty(booking.appointment().contact().phone()));
                values.put("concern", booking.concern().id());
            }
        } catch (BusinessException refused) {
            problem = ProblemTexts.business(language.getLocale(), refused.messageKey(), refused.arguments());
        }
    }

    private Optional<TicketFacts> ticket(long id) {
        return currentStaff.account().offices().stream()
                .flatMap(office -> queue.snapshot(office).tickets().stream())
                .filter(ticket -> ticket.id() == id).findFirst();
    }

    private BookingFacts appointment(String reference) {
        BusinessException last = Refusal.notFound("unknown-reference", reference);
        for (String office : currentStaff.account().offices()) {
            try {
                return appointments.find(office, reference);
            } catch (BusinessException notHere) {
                last = notHere;
            }
        }
        throw last;
    }

    public List<PartnerGroup> getPartners() {
        if (groups == null) {
            groups = currentStaff.account().offices().stream().flatMap(office -> partners.partners(office).stream())
                    .distinct().map(HandoverFormPage::group).filter(group -> !group.contacts().isEmpty()).toList();
        }
        return groups;
    }

    private static PartnerGroup group(Partner partner) {
        return new PartnerGroup(partner.name(), partner.type().name(), partner.address().toString(),
                partner.contacts().stream().filter(PartnerContact::active)
                        .map(contact -> new Choice(String.valueOf(contact.id()), contact.name())).toList());
    }

    /** The counsellor's offices; the form asks for one only when there are several. */
    public List<Office> getOffices() {
        return currentStaff.account().offices().stream().map(offices::office).toList();
    }

    public List<Concern> getConcerns() {
        return offices.concerns();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public boolean consented(String item) {
        return consent.contains(item);
    }

    public boolean isDiscreet() {
        return discreet;
    }

    public String getProblem() {
        return problem;
    }

    /** The ticket number or booking reference the form was prefilled from, or null. */
    public String getOrigin() {
        return origin;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.appointment.control.Booker;
import de.thinka.kompass.appointment.control.BookingReferences;
import de.thinka.kompass.appointment.control.BookingSettings;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.BookingChannel;
import de.thinka.kompass.appointment.entity.Contact;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.boundary.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The citizen's side, without an account: book a talk, and with the manage link look at it, move it or
 * cancel it. Each change is one transaction; the mail for it goes into the outbox in the same transaction.
 */
@Stateless
public class OnlineBooking {

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeDirectory directory;

    @Inject
    SlotSearch slotSearch;

    @Inject
    Booker booker;

    @Inject
    Bookings bookings;

    @Inject
    BookingSettings settings;


    @Inject
    Clock clock;

    @Inject
    Event<BookingRefused> refusals;

    @Audited("booking.create")
    public BookingFacts book(BookingRequest request) {
        try {
            return bookNow(request);
        } catch (BusinessException refused) {
            refusals.fire(new BookingRefused(refused.messageKey(), "online"));
            throw refused;
        }
    }

    private BookingFacts bookNow(BookingRequest request) {
        Office office = directory.office(request.office());
        Concern concern = slotSearch.concern(request.concern(), true);
        Instant start = requireBookableStart(request.start());
        Contact contact = new Contact(request.name(), request.email(), request.phone());
        // checked in the attempt's turn: once the claim holds the last free counsellor, the others are refused
        String counsellor = booker.claim(office.id(), concern.duration(), start, () -> requireFewOpenBookings(contact));
        Appointment appointment = new Appointment(BookingReferences.next(), SecretTokens.next(), office.id(),
                concern.id(), counsellor, start, start.plus(concern.duration()), contact, request.language(),
                BookingChannel.ONLINE, null, clock.instant());
        return bookings.confirm(appointment);
    }

    public BookingFacts view(String token) {
        return bookings.facts(bookings.byToken(token));
    }

    public String calendar(String token) {
        return bookings.calendar(bookings.byToken(token));
    }

    @Audited("booking.cancel")
    public BookingFacts cancel(String token) {
        return bookings.cancel(bookings.lockedForChange(bookings.byToken(token)));
    }

    @Audited("booking.move")
    public BookingFacts reschedule(String token, Instant newStart) {
        Appointment appointment = bookings.lockedForChange(bookings.byToken(token));
        appointment.requireOpen();
        return bookings.move(appointment, requireBookableStart(newStart), null);
    }

    private Instant requireBookableStart(Instant start) {
        Instant now = clock.instant();
        if (start == null) {
            throw Refusal.invalid("start-missing");
        }
        if (start.isBefore(now.plus(settings.leadTime()))) {
            throw Refusal.invalid("too-soon", settings.leadTime().toHours());
        }
        if (start.isAfter(now.plus(settings.window()))) {
            throw Refusal.invalid("too-far", settings.window().toDays() / 7);
        }
        return start;
    }

    private void requireFewOpenBookings(Contact contact) {
        if (open(Appointment.OPEN_FOR_EMAIL, "email", contact.email()) >= settings.maxOpenPerContact()
                || open(Appointment.OPEN_FOR_PHONE, "phone", contact.phone()) >= settings.maxOpenPerContact()) {
            throw Refusal.conflict("too-many-open-bookings", settings.maxOpenPerContact());
        }
    }

    private long open(String query, String parameter, String value) {
        if (value == null) {
            return 0;
        }
        return em.createNamedQuery(query, Long.class).setParameter(parameter, value)
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC)).getSingleResult();
    }
}

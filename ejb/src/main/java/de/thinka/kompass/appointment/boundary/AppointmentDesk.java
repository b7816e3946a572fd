package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.appointment.control.Booker;
import de.thinka.kompass.appointment.control.BookingReferences;
import de.thinka.kompass.appointment.control.BookingSettings;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.BookingChannel;
import de.thinka.kompass.appointment.entity.Contact;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.boundary.SecretTokens;
import de.thinka.kompass.queue.boundary.IssuedTicket;
import de.thinka.kompass.queue.boundary.WalkInQueue;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The staff's side of appointments: book on a citizen's behalf (phone, desk), look at the calendar, move and
 * cancel (the citizen is told when reachable), and check a booked visitor in to the live queue.
 */
@Stateless
public class AppointmentDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    SlotSearch slotSearch;

    @Inject
    Booker booker;

    @Inject
    Bookings bookings;


    @Inject
    WalkInQueue queue;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<BookingRefused> refusals;

    /** Books for a citizen on the phone or at the desk: any concern, no lead time, optionally a chosen counsellor. */
    @Audited("booking.create")
    public BookingFacts bookOnBehalf(BookingRequest request, BookingChannel channel, String counsellor) {
        try {
            return bookNow(request, channel, counsellor);
        } catch (BusinessException refused) {
            refusals.fire(new BookingRefused(refused.messageKey(), "staff"));
            throw refused;
        }
    }

    private BookingFacts bookNow(BookingRequest request, BookingChannel channel, String counsellor) {
        Office office = currentStaff.requireOffice(request.office(), Role.RECEPTION, Role.COUNSELLOR);
        Concern concern = slotSearch.concern(request.concern(), false);
        Instant start = requireFuture(request.start());
        Contact contact = new Contact(request.name(), request.email(), request.phone());
        String chosen = booker.claim(office.id(), concern.duration(), start, blankToNull(counsellor), null);
        Appointment appointment = new Appointment(BookingReferences.next(), SecretTokens.next(), office.id(),
                concern.id(), chosen, start, start.plus(concern.duration()), contact, request.language(),
                channel == BookingChannel.ONLINE ? BookingChannel.PHONE : channel, currentStaff.account().username(),
                clock.instant());
        return bookings.confirm(appointment);
    }

    /** The office's appointments from the first to the last day (all states), optionally of one counsellor. */
    public List<BookingFacts> calendar(String officeId, LocalDate from, LocalDate to, String counsellor) {
        Office office = currentStaff.requireOffice(officeId);
        if (to.isBefore(from) || to.isAfter(from.plusDays(SlotSearch.MAX_DAYS))) {
            throw Refusal.invalid(to.isBefore(from) ? "range-reversed" : "range-too-long", SlotSearch.MAX_DAYS);
        }
        return em.createNamedQuery(Appointment.OF_OFFICE_BETWEEN, Appointment.class)
                .setParameter("office", office.id())
                .setParameter("from", from.atStartOfDay(BookingSettings.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("to", to.plusDays(1).atStartOfDay(BookingSettings.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .getResultStream()
                .filter(appointment -> counsellor == null || counsellor.isBlank() || counsellor.equals(appointment.counsellor()))
                .map(bookings::facts).toList();
    }

    public BookingFacts find(String officeId, String reference) {
        return bookings.facts(byReference(officeId, reference));
    }

    /** Moves an appointment to another time (and possibly counsellor); the citizen gets the update. */
    @Audited("booking.move")
    public BookingFacts move(String officeId, String reference, Instant newStart, String counsellor) {
        Appointment appointment = bookings.lockedForChange(byReference(officeId, reference));
        appointment.requireOpen();
        return bookings.move(appointment, requireFuture(newStart), blankToNull(counsellor));
    }

    @Audited("booking.cancel")
    public BookingFacts cancel(String officeId, String reference) {
        return bookings.cancel(bookings.lockedForChange(byReference(officeId, reference)));
    }

    /**
     * The visitor has arrived: the booking becomes a ticket in today's queue, placed by its appointment time.
     * Possible from {@code kompass.booking.check-in-early} before the start (default two hours) until the
     * booking is marked as missed.
     */
    @Audited("booking.check-in")
    public CheckedIn checkIn(String officeId, String reference) {
        Appointment appointment = bookings.lockedForChange(byReference(officeId, reference));
        appointment.requireOpen();
        if (clock.instant().isBefore(appointment.start().minus(settings.checkInEarly()))) {
            throw Refusal.conflict("check-in-too-early", appointment.reference(),
                    settings.checkInEarly().toMinutes());
        }
        IssuedTicket ticket = queue.admitAppointment(appointment.officeId(), appointment.concernId(),
                appointment.contact().name(), appointment.start());
        appointment.checkIn(ticket.ticket().id(), clock.instant());
        return new CheckedIn(bookings.facts(appointment), ticket);
    }

    private Appointment byReference(String officeId, String typed) {
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION, Role.COUNSELLOR);
        String reference = BookingReferences.normalise(typed);
        return em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                .setParameter("reference", reference == null ? "" : reference).getResultStream()
                .filter(appointment -> appointment.officeId().equals(office.id()))
                .findFirst().orElseThrow(() -> Refusal.notFound("unknown-reference", reference == null ? "?" : reference));
    }

    private Instant requireFuture(Instant start) {
        if (start == null) {
            throw Refusal.invalid("start-missing");
        }
        if (start.isBefore(clock.instant())) {
            throw Refusal.invalid("start-in-past");
        }
        return start;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

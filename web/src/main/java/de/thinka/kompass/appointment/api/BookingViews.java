package de.thinka.kompass.appointment.api;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.platform.rest.Times;

import java.time.OffsetDateTime;
import java.util.Locale;

/** How appointments look from outside: the citizen with the manage link, and the office's staff. */
public final class BookingViews {

    private BookingViews() {
    }

    /** Answer to a new booking: what the confirmation page needs. */
    public record Booked(String reference, String manageToken, OffsetDateTime start, OffsetDateTime end, String office,
                         String managePage, String calendar) {
        static Booked of(BookingFacts facts) {
            Appointment a = facts.appointment();
            return new Booked(a.reference(), a.manageToken(), Times.berlin(a.start()), Times.berlin(a.end()),
                    facts.office().id(), "/b/" + a.manageToken(), calendarPath(a));
        }
    }

    /** The booking as its holder sees it (with the manage link): no counsellor, no staff details. */
    public record PublicBooking(String reference, String state, String office, String officeName, String officeAddress,
                                String concern, String concernName, OffsetDateTime start, OffsetDateTime end,
                                String name, String email, String phone, String language, String calendar) {
        static PublicBooking of(BookingFacts facts, Locale locale) {
            Appointment a = facts.appointment();
            return new PublicBooking(a.reference(), a.state().name(), facts.office().id(), facts.office().name(),
                    facts.office().address().toString(), facts.concern().id(), facts.concern().name(locale),
                    Times.berlin(a.start()), Times.berlin(a.end()), a.contact().name(), a.contact().email(),
                    a.contact().phone(), a.language(), calendarPath(a));
        }
    }

    /** The booking as the office's staff see it. */
    public record StaffBooking(long id, String reference, String state, String office, String concern,
                               String concernName, String counsellor, String counsellorName, OffsetDateTime start,
                               OffsetDateTime end, String name, String email, String phone, String language,
                               String channel, String bookedBy, int sequence, Long ticketId, String manageToken) {
        static StaffBooking of(BookingFacts facts, Locale locale) {
            Appointment a = facts.appointment();
            return new StaffBooking(a.id(), a.reference(), a.state().name(), facts.office().id(), facts.concern().id(),
                    facts.concern().name(locale), a.counsellor(), facts.counsellorName(), Times.berlin(a.start()),
                    Times.berlin(a.end()), a.contact().name(), a.contact().email(), a.contact().phone(), a.language(),
                    a.channel().name(), a.bookedBy().orElse(null), a.calendarSequence(), a.ticketId().orElse(null),
                    a.manageToken());
        }
    }

    static String calendarPath(Appointment appointment) {
        return "/api/bookings/" + appointment.manageToken() + "/calendar.ics";
    }
}

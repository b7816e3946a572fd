package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.boundary.BookingFacts;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentState;
import de.thinka.kompass.notification.boundary.Meeting;
import de.thinka.kompass.notification.boundary.OutgoingMail;
import de.thinka.kompass.notification.boundary.Outbox;
import de.thinka.kompass.notification.boundary.Party;
import de.thinka.kompass.notification.control.Invitations;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The citizen's mails about an appointment (confirmation, update, cancellation, reminder), each with the
 * appointment as an iCalendar object where a calendar should learn about it. Only for bookings with an
 * e-mail address; put into the outbox within the caller's transaction. Discreet: no concern in any mail.
 */
@Dependent
public class AppointmentMails {

    /** Which mail; also part of the outbox key, so each is enqueued once per calendar sequence. */
    enum Kind { CONFIRMED, UPDATED, CANCELLED, REMINDER }

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompass.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public void confirmed(BookingFacts facts) {
        send(facts, Kind.CONFIRMED);
    }

    public void updated(BookingFacts facts) {
        send(facts, Kind.UPDATED);
    }

    public void cancelled(BookingFacts facts) {
        send(facts, Kind.CANCELLED);
    }

    public void reminder(BookingFacts facts) {
        send(facts, Kind.REMINDER);
    }

    /** The appointment's iCalendar object in its current state, e.g. for the .ics download. */
    public String calendarOf(BookingFacts facts) {
        return Invitations.render(meeting(facts));
    }

    private void send(BookingFacts facts, Kind kind) {
        Appointment appointment = facts.appointment();
        if (!appointment.contact().reachableByMail()) {
            return;
        }
        AppointmentText text = new AppointmentText(facts, kind, manageLink(appointment));
        outbox.enqueue(new OutgoingMail(
                "appointment-" + appointment.id() + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + appointment.calendarSequence(),
                appointment.contact().email(), text.subject(), text.plain(), text.html(),
                kind == Kind.REMINDER ? null : meeting(facts)));
    }

    Meeting meeting(BookingFacts facts) {
        Appointment appointment = facts.appointment();
        boolean cancelled = appointment.state() == AppointmentState.CANCELLED;
        AppointmentText text = new AppointmentText(facts, Kind.CONFIRMED, manageLink(appointment));
        Party organizer = new Party(facts.office().name(), facts.office().email(), null, null, false);
        List<Party> attendees = appointment.contact().reachableByMail()
                ? List.of(new Party(appointment.contact().name(), appointment.contact().email(), "REQ-PARTICIPANT", "ACCEPTED", false))
                : List.of();
        return new Meeting(cancelled ? "CANCEL" : "REQUEST", uid(appointment), appointment.calendarSequence(),
                clock.instant(), appointment.start(), appointment.end(), text.summary(), text.calendarDescription(),
                facts.office().name() + ", " + facts.office().address(), organizer, attendees,
                cancelled ? "CANCELLED" : "CONFIRMED");
    }

    String manageLink(Appointment appointment) {
        return publicUrl.replaceAll("/+$", "") + "/b/" + appointment.manageToken();
    }

    /** Stable for the appointment's whole life, so calendars update the same entry. */
    static String uid(Appointment appointment) {
        return "termin-" + appointment.reference() + "@kompass.thinka-ilm-kreis.de";
    }
}

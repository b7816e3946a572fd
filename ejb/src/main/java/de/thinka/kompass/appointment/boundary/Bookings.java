package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.AppointmentMails;
import de.thinka.kompass.appointment.control.Booker;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentProblem;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/** What the citizen's and the staff's side share: reading appointments, confirming, moving, cancelling. */
@Dependent
public class Bookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeDirectory directory;

    @Inject
    AppointmentMails mails;

    @Inject
    Booker booker;

    @Inject
    Clock clock;

    /**
     * The appointment with its office, concern (as the shared cache holds it) and counsellor's name (by itself, not
     * the whole account with its roles and offices: one query instead of three).
     */
    public BookingFacts facts(Appointment appointment) {
        String counsellorName = em.createNamedQuery(StaffAccount.DISPLAY_NAME, String.class)
                .setParameter("username", appointment.counsellor()).getResultStream().findFirst()
                .orElse(appointment.counsellor());
        return new BookingFacts(appointment, directory.office(appointment.officeId()),
                directory.concernToRead(appointment.concernId()), counsellorName);
    }

    /** Stores a new appointment (a lost race is "vergeben") and puts the confirmation into the outbox. */
    public BookingFacts confirm(Appointment appointment) {
        booker.store(appointment);
        BookingFacts facts = facts(appointment);
        mails.confirmed(facts);
        return facts;
    }

    /**
     * Moves an open appointment to a start already checked against the caller's rules, to the given counsellor
     * or whoever is free; the citizen gets the update (same UID, SEQUENCE + 1).
     */
    public BookingFacts move(Appointment appointment, Instant start, String counsellor) {
        Concern concern = em.find(Concern.class, appointment.concernId());
        String chosen = booker.claim(appointment.officeId(), concern.duration(), start, counsellor, appointment.id());
        appointment.reschedule(chosen, start, start.plus(concern.duration()));
        booker.released(appointment.officeId());
        booker.flush();
        BookingFacts facts = facts(appointment);
        mails.updated(facts);
        return facts;
    }

    /** Cancels the appointment; the citizen gets the CANCEL. */
    public BookingFacts cancel(Appointment appointment) {
        appointment.cancel(clock.instant());
        booker.released(appointment.officeId());
        BookingFacts facts = facts(appointment);
        mails.cancelled(facts);
        return facts;
    }

    /**
     * Cancels without telling anyone: the person asked for their data to be erased, so nothing more is sent
     * to them. The time becomes free.
     */
    public void cancelQuietly(Appointment appointment) {
        appointment.cancel(clock.instant());
        booker.released(appointment.officeId());
    }

    /**
     * The appointment as it is in the database now, locked until the change commits. Without the lock, a reminder
     * marked by the jobs timer between reading and writing made H2 refuse the citizen's change as "changed meanwhile".
     */
    public Appointment lockedForChange(Appointment appointment) {
        em.refresh(appointment, LockModeType.PESSIMISTIC_WRITE);
        return appointment;
    }

    /** The appointment behind a manage link; {@link AppointmentProblem#unknownBooking()} for anything else. */
    public Appointment byToken(String token) {
        return em.createNamedQuery(Appointment.BY_TOKEN, Appointment.class).setParameter("token", token)
                .getResultStream().findFirst().orElseThrow(AppointmentProblem::unknownBooking);
    }

    /** The iCalendar object of the appointment's current state (REQUEST, or CANCEL once cancelled). */
    public String calendar(Appointment appointment) {
        return mails.calendarOf(facts(appointment));
    }
}

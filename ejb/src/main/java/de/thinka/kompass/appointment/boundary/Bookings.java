package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.AppointmentMails;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.appointment.entity.AppointmentProblem;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reading appointments with what belongs to them; shared by the citizen's and the staff's side. */
@Dependent
public class Bookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeDirectory directory;

    @Inject
    AppointmentMails mails;

    public BookingFacts facts(Appointment appointment) {
        StaffAccount counsellor = em.find(StaffAccount.class, appointment.counsellor());
        return new BookingFacts(appointment, directory.office(appointment.officeId()),
                em.find(Concern.class, appointment.concernId()),
                counsellor == null ? appointment.counsellor() : counsellor.displayName());
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

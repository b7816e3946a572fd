package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.AppointmentMails;
import de.thinka.kompass.appointment.control.BookingSettings;
import de.thinka.kompass.appointment.entity.Appointment;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The timed work on appointments: reminders and no-shows, each call one transaction. */
@Stateless
public class AppointmentHousekeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bookings bookings;

    @Inject
    AppointmentMails mails;

    @Inject
    BookingSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<AppointmentMissed> missedEvents;

    /**
     * Reminds everyone whose appointment starts within the reminder lead time. The reminder is marked in the
     * same transaction that puts the mail into the outbox, so it is sent once, even across a restart.
     */
    public int sendDueReminders() {
        Instant now = clock.instant();
        List<Appointment> due = em.createNamedQuery(Appointment.REMINDERS_DUE, Appointment.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("until", now.plus(settings.reminderLead()).atOffset(ZoneOffset.UTC))
                .setMaxResults(200).getResultList();
        int reminded = 0;
        for (Appointment appointment : due) {
            // marked first and only if nobody marked it meanwhile; a bulk update leaves the version alone, so a
            // citizen cancelling or moving at the same moment is not refused because of the reminder
            int marked = em.createNamedQuery(Appointment.MARK_REMINDED).setParameter("id", appointment.id())
                    .setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate();
            if (marked == 1) {
                mails.reminder(bookings.facts(appointment));
                reminded++;
            }
        }
        return reminded;
    }

    /** Bookings not checked in within the grace period after their start become no-shows. */
    public int markNoShows() {
        Instant now = clock.instant();
        List<Appointment> missed = em.createNamedQuery(Appointment.MISSED, Appointment.class)
                .setParameter("before", now.minus(settings.noShowGrace()).atOffset(ZoneOffset.UTC))
                .setMaxResults(500).getResultList();
        for (Appointment appointment : missed) {
            appointment.markNoShow(now);
            missedEvents.fire(new AppointmentMissed(appointment.id()));
        }
        return missed.size();
    }
}

package de.thinka.kompass.statistics.control;

import de.thinka.kompass.appointment.boundary.AppointmentMissed;
import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.handover.boundary.HandoverChanged;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.statistics.boundary.ContactRecorded;
import de.thinka.kompass.statistics.entity.ContactFact;
import de.thinka.kompass.statistics.entity.HandoverFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Writes the anonymous facts while the change that causes them is still in its transaction (plain
 * {@code @Observes}, not after commit): a fact is stored exactly when the change commits and lost with it when
 * it rolls back. A contact ends once (final states are final), the unique ticket and appointment columns are
 * the backstop against a second fact.
 */
@ApplicationScoped
public class FactRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ContactRecorded> recorded;

    void ticketChanged(@Observes QueueChanged change) {
        if (change.ticket().state().isOpen() || known(ContactFact.COUNT_FOR_TICKET, "ticket", change.ticket().id())) {
            return;
        }
        store(ContactFact.endOf(em.find(Ticket.class, change.ticket().id()), clock.instant()));
    }

    void appointmentMissed(@Observes AppointmentMissed missed) {
        if (known(ContactFact.COUNT_FOR_APPOINTMENT, "appointment", missed.appointmentId())) {
            return;
        }
        store(ContactFact.missed(em.find(Appointment.class, missed.appointmentId()), clock.getZone(), clock.instant()));
    }

    void handoverChanged(@Observes HandoverChanged changed) {
        Handover handover = em.find(Handover.class, changed.handoverId());
        em.createNamedQuery(HandoverFact.BY_HANDOVER, HandoverFact.class).setParameter("handover", handover.id())
                .getResultStream().findFirst()
                .ifPresentOrElse(fact -> fact.follow(handover, clock.instant()),
                        () -> em.persist(HandoverFact.of(handover, clock.getZone(), clock.instant())));
    }

    private boolean known(String query, String parameter, long id) {
        return em.createNamedQuery(query, Long.class).setParameter(parameter, id).getSingleResult() > 0;
    }

    private void store(ContactFact fact) {
        em.persist(fact);
        recorded.fire(new ContactRecorded(fact.officeId(), fact.source(), fact.outcome(),
                fact.waitSeconds().orElse(null), fact.serviceSeconds().orElse(null)));
    }
}

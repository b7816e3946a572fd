package de.thinka.kompass.privacy.control;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.notification.entity.OutboxMail;
import de.thinka.kompass.privacy.boundary.SubjectQuery;
import de.thinka.kompass.queue.entity.Ticket;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a person's records: those the query names, and the records linked to them (a booking's ticket after
 * check-in, handovers made from a ticket or booking, and back), plus the outbox mails about them or to the
 * searched address.
 */
@Dependent
public class SubjectFinder {

    /** A person's records as entities, each once. */
    public record Found(List<Appointment> appointments, List<Ticket> tickets, List<Handover> handovers,
                        List<OutboxMail> mails) {
    }

    @PersistenceContext
    EntityManager em;

    public Found find(SubjectQuery query) {
        Map<Long, Appointment> appointments = new LinkedHashMap<>();
        Map<Long, Ticket> tickets = new LinkedHashMap<>();
        Map<Long, Handover> handovers = new LinkedHashMap<>();
        switch (query.kind()) {
            case REFERENCE -> add(appointments, em.createNamedQuery(Appointment.BY_REFERENCE, Appointment.class)
                    .setParameter("reference", query.value()).getResultList(), Appointment::id);
            case TOKEN -> {
                add(tickets, em.createNamedQuery(Ticket.BY_TOKEN, Ticket.class).setParameter("token", query.value())
                        .getResultList(), Ticket::id);
                add(appointments, em.createNamedQuery(Appointment.BY_TOKEN, Appointment.class)
                        .setParameter("token", query.value()).getResultList(), Appointment::id);
            }
            case EMAIL -> {
                add(appointments, select("select a from Appointment a where lower(a.email) = :value", Appointment.class,
                        query.value()), Appointment::id);
                add(handovers, select("select h from Handover h where lower(h.clientEmail) = :value", Handover.class,
                        query.value()), Handover::id);
            }
            case PHONE -> {
                add(appointments, select("select a from Appointment a where a.phone = :value", Appointment.class,
                        query.value()), Appointment::id);
                add(handovers, select("select h from Handover h where h.clientPhone = :value", Handover.class,
                        query.value()), Handover::id);
            }
        }
        linked(appointments, tickets, handovers);
        return new Found(List.copyOf(appointments.values()), List.copyOf(tickets.values()),
                List.copyOf(handovers.values()), mails(query, appointments.values(), handovers.values()));
    }

    private void linked(Map<Long, Appointment> appointments, Map<Long, Ticket> tickets, Map<Long, Handover> handovers) {
        handovers.values().forEach(h -> {
            h.ticketId().map(id -> em.find(Ticket.class, id)).ifPresent(t -> tickets.putIfAbsent(t.id(), t));
            h.appointmentId().map(id -> em.find(Appointment.class, id)).ifPresent(a -> appointments.putIfAbsent(a.id(), a));
        });
        appointments.values().forEach(a -> a.ticketId().map(id -> em.find(Ticket.class, id))
                .ifPresent(t -> tickets.putIfAbsent(t.id(), t)));
        if (!tickets.isEmpty()) {
            add(appointments, em.createQuery("select a from Appointment a where a.ticketId in :ids", Appointment.class)
                    .setParameter("ids", tickets.keySet()).getResultList(), Appointment::id);
            add(handovers, em.createQuery("select h from Handover h where h.ticketId in :ids", Handover.class)
                    .setParameter("ids", tickets.keySet()).getResultList(), Handover::id);
        }
        if (!appointments.isEmpty()) {
            add(handovers, em.createQuery("select h from Handover h where h.appointmentId in :ids", Handover.class)
                    .setParameter("ids", appointments.keySet()).getResultList(), Handover::id);
        }
    }

    private List<OutboxMail> mails(SubjectQuery query, Collection<Appointment> appointments,
                                   Collection<Handover> handovers) {
        Map<Long, OutboxMail> mails = new LinkedHashMap<>();
        for (String prefix : keyPrefixes(appointments, handovers)) {
            add(mails, em.createNamedQuery(OutboxMail.BY_KEY_PREFIX, OutboxMail.class).setParameter("prefix", prefix + "%")
                    .getResultList(), OutboxMail::id);
        }
        Optional.of(query).filter(q -> q.kind() == SubjectQuery.Kind.EMAIL).ifPresent(q -> add(mails,
                em.createNamedQuery(OutboxMail.TO, OutboxMail.class).setParameter("recipient", q.value()).getResultList(),
                OutboxMail::id));
        return List.copyOf(mails.values());
    }

    /** The outbox keys of the mails about these records (see AppointmentMails, HandoverMails). */
    public static List<String> keyPrefixes(Collection<Appointment> appointments, Collection<Handover> handovers) {
        return java.util.stream.Stream.concat(
                appointments.stream().map(a -> "appointment-" + a.id() + "-"),
                handovers.stream().map(h -> "handover-" + h.id() + "-")).toList();
    }

    private <T> List<T> select(String jpql, Class<T> type, String value) {
        return em.createQuery(jpql, type).setParameter("value", value).getResultList();
    }

    private static <T> void add(Map<Long, T> into, List<T> found, java.util.function.Function<T, Long> id) {
        found.stream().filter(Objects::nonNull).forEach(item -> into.putIfAbsent(id.apply(item), item));
    }
}

package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.control.QueueEvents;
import de.thinka.kompass.queue.control.QueueLedger;
import de.thinka.kompass.platform.boundary.SecretTokens;
import de.thinka.kompass.queue.entity.QueueCounter;
import de.thinka.kompass.queue.entity.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What anybody may read without a login: an office's queue (the web module shows only numbers and desks of
 * it) and, with the ticket's token, the visitor's own ticket.
 */
@Stateless
public class PublicQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    QueueLedger ledger;

    @Inject
    OfficeDirectory directory;

    @Inject
    QueueEvents events;

    public QueueSnapshot snapshot(String officeId) {
        return QueueSnapshots.read(em, ledger, directory.office(officeId));
    }

    /**
     * The changes of the office after {@code since}, complete and in order, when they are still stored and not
     * more than {@code max}; empty otherwise (the caller then needs a snapshot). An empty list: nothing missed.
     */
    public Optional<List<QueueChanged>> changesSince(String officeId, long since, int max) {
        QueueCounter counter = em.find(QueueCounter.class, officeId);
        long current = counter == null ? 0 : counter.seq();
        if (since < 0 || since > current || current - since > max) {
            return Optional.empty();
        }
        List<QueueChanged> changes = since == current ? List.of() : events.between(officeId, since, current);
        return changes.size() == current - since ? Optional.of(changes) : Optional.empty();
    }

    /** The ticket behind a token; {@link QueueProblem#unknownTicket()} for anything else. */
    public TicketStatus status(String token) {
        Ticket ticket = ticket(token).orElseThrow(QueueProblem::unknownTicket);
        Office office = directory.office(ticket.officeId());
        QueueCounter counter = em.find(QueueCounter.class, office.id());
        QueueFigures figures = ledger.figures(office.id());
        return new TicketStatus(TicketFacts.of(ticket, office), figures.positionOf(ticket.id()),
                figures.minutesFor(ticket.id()), counter == null ? 0 : counter.seq());
    }

    /** How many visitors wait right now, per office (offices without anybody waiting are left out). */
    public Map<String, Long> waitingPerOffice() {
        Map<String, Long> waiting = new HashMap<>();
        em.createQuery("select t.officeId, count(t) from Ticket t where t.serviceDay = :day"
                        + " and t.state = de.thinka.kompass.queue.entity.TicketState.WAITING group by t.officeId", Object[].class)
                .setParameter("day", ledger.today()).getResultList()
                .forEach(row -> waiting.put((String) row[0], ((Number) row[1]).longValue()));
        return waiting;
    }

    /** The office of the ticket behind a token, empty for unknown tokens: one query, for handshakes. */
    public Optional<String> officeOfTicket(String token) {
        return ticket(token).map(Ticket::officeId);
    }

    private Optional<Ticket> ticket(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Ticket.BY_TOKEN, Ticket.class).setParameter("token", token)
                .getResultStream().findFirst();
    }
}

package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.platform.boundary.Ids;
import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.control.QueueLedger;
import de.thinka.kompass.queue.control.QueueOrder;
import de.thinka.kompass.queue.control.QueueSettings;
import de.thinka.kompass.platform.boundary.SecretTokens;
import de.thinka.kompass.queue.entity.Priority;
import de.thinka.kompass.queue.entity.QueueCounter;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.queue.entity.TicketAction;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The walk-in queue as staff use it: issue a ticket, call the next visitor to a desk, act on a ticket, look
 * at the queue. Each change is one transaction under the office's lock and ends with a {@link QueueChanged}.
 */
@Stateless
public class WalkInQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    QueueLedger ledger;

    @Inject
    QueueSettings settings;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory directory;

    /**
     * Reception gives a walk-in visitor a number. Nothing personal is needed; a pseudonym may be given, and
     * reception may note that the visitor comes for the first time (for the statistics only).
     */
    @Audited("ticket.issue")
    public IssuedTicket issue(String officeId, String concernId, String pseudonym, Priority priority,
                              boolean firstContact) {
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION);
        requireKnownConcern(concernId);
        if (pseudonym != null && pseudonym.strip().length() > Ticket.PSEUDONYM_MAX) {
            throw QueueProblem.pseudonymTooLong(Ticket.PSEUDONYM_MAX);
        }
        QueueCounter counter = ledger.lock(office.id());
        Instant now = ledger.now();
        Ticket ticket = Ticket.walkIn(office.id(), ledger.today(), counter.nextNumber(ledger.today()),
                office.ticketPrefix(), SecretTokens.next(), blankToNull(concernId), pseudonym, priority, now);
        if (firstContact) {
            ticket.noteFirstContact();
        }
        return enter(counter, office, ticket);
    }

    /**
     * A booked visitor has arrived: they join the queue with their appointment time as their place
     * (reception or a counsellor of the office checks them in).
     */
    public IssuedTicket admitAppointment(String officeId, String concernId, String callName, Instant appointmentStart) {
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION, Role.COUNSELLOR);
        QueueCounter counter = ledger.lock(office.id());
        Ticket ticket = Ticket.checkIn(office.id(), ledger.today(), counter.nextNumber(ledger.today()),
                office.ticketPrefix(), SecretTokens.next(), concernId, callName, appointmentStart, ledger.now());
        return enter(counter, office, ticket);
    }

    /** The new ticket joins the line: stored, counted and announced, with its place and wait. */
    private IssuedTicket enter(QueueCounter counter, Office office, Ticket ticket) {
        em.persist(ticket);
        QueueChanged change = ledger.record(counter, office, "ticket-issued", ticket);
        return new IssuedTicket(change.ticket(), change.figures().positionOf(ticket.id()),
                change.figures().minutesFor(ticket.id()));
    }

    /** The next visitor in calling order is called to the desk; empty when nobody waits. */
    @Audited("ticket.call")
    public Optional<TicketFacts> callNext(String officeId, String deskCode) {
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION, Role.COUNSELLOR);
        requireDesk(office, deskCode);
        StaffAccount caller = currentStaff.account();
        QueueCounter counter = ledger.lock(office.id());
        List<Ticket> waiting = QueueOrder.waiting(ledger.openTickets(office.id()));
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Ticket next = waiting.get(0);
        next.call(deskCode, caller.username(), ledger.now());
        return Optional.of(ledger.record(counter, office, "ticket-called", next).ticket());
    }

    /**
     * Staff act on a ticket of their office.
     *
     * @param desk        for {@code call} and {@code transfer}: the desk the visitor goes to
     * @param counsellor  for {@code transfer}: optionally the colleague who takes over
     */
    @Audited("ticket.*")
    public TicketFacts act(long ticketId, TicketAction action, String desk, String counsellor) {
        Office office = currentStaff.requireOffice(officeOf(ticketId), Role.RECEPTION, Role.COUNSELLOR);
        StaffAccount caller = currentStaff.account();
        QueueCounter counter = ledger.lock(office.id());
        Ticket ticket = em.find(Ticket.class, ticketId);
        Instant now = ledger.now();
        switch (action) {
            case CALL -> ticket.call(requireDesk(office, desk), caller.username(), now);
            case RECALL -> ticket.recall(now, settings.maxCalls());
            case START -> ticket.start(now);
            case FINISH -> ticket.finish(now);
            case NO_SHOW -> ticket.noShow(now);
            case REQUEUE -> ticket.requeue(now);
            case LEAVE -> ticket.leave(now);
            case HAND_OVER -> ticket.handOver(now);
            case TRANSFER -> ticket.transfer(requireDesk(office, desk), requireColleague(office, counsellor), now);
        }
        return ledger.record(counter, office, "ticket-" + eventName(action), ticket).ticket();
    }

    /** The counsellor notes a further concern category of the talk (the ticket must be in service). */
    public TicketFacts addConcern(long ticketId, String concernId) {
        String officeId = officeOf(ticketId);
        Office office = currentStaff.requireOffice(officeId, Role.RECEPTION, Role.COUNSELLOR);
        if (concernId == null || concernId.isBlank()) {
            throw QueueProblem.unknownConcern("");
        }
        requireKnownConcern(concernId);
        QueueCounter counter = ledger.lock(office.id());
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (!ticket.addConcern(concernId)) {
            return TicketFacts.of(ticket, office);
        }
        return ledger.record(counter, office, "ticket-concern-added", ticket).ticket();
    }

    private String officeOf(long ticketId) {
        return em.createQuery("select t.officeId from Ticket t where t.id = :id", String.class)
                .setParameter("id", ticketId).getResultStream().findFirst()
                .orElseThrow(QueueProblem::unknownTicket);
    }

    private static String eventName(TicketAction action) {
        return switch (action) {
            case CALL -> "called";
            case RECALL -> "recalled";
            case START -> "started";
            case FINISH -> "finished";
            case NO_SHOW -> "no-show";
            case REQUEUE -> "requeued";
            case LEAVE -> "left";
            case HAND_OVER -> "handed-over";
            case TRANSFER -> "transferred";
        };
    }

    /** The office's open tickets today with the change number they belong to. */
    public QueueSnapshot snapshot(String officeId) {
        Office office = currentStaff.requireOffice(officeId);
        return QueueSnapshots.read(em, ledger, office);
    }

    private void requireKnownConcern(String concernId) {
        if (concernId == null || concernId.isBlank()) {
            return;
        }
        Concern concern = Ids.plausible(concernId) ? em.find(Concern.class, concernId) : null;
        if (concern == null || !concern.active()) {
            throw QueueProblem.unknownConcern(concernId);
        }
    }

    private static String requireDesk(Office office, String deskCode) {
        if (deskCode == null || office.desk(deskCode).isEmpty()) {
            throw deskCode == null ? QueueProblem.transferNeedsDesk() : QueueProblem.unknownDesk(deskCode);
        }
        return deskCode;
    }

    private String requireColleague(Office office, String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        StaffAccount colleague = em.find(StaffAccount.class, username);
        if (colleague == null || !colleague.worksFor(office.id())) {
            throw QueueProblem.unknownCounsellor(username);
        }
        return username;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;
import de.thinka.kompass.office.entity.Desk;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.queue.entity.Priority;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.queue.entity.TicketSource;
import de.thinka.kompass.queue.entity.TicketState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything known about a ticket at one moment, detached from JPA. The web module decides who sees what:
 * displays only number and destination, staff everything, the visitor their own ticket. Serializable so it
 * can travel as a cluster-wide event.
 */
public record TicketFacts(long id, String office, String number, TicketState state, Priority priority,
                          TicketSource source, String concernId, String pseudonym, String deskCode,
                          String deskName, String counsellor, int callCount, Instant queuedAt, Instant calledAt,
                          String token, List<String> concerns, boolean firstContact)
        implements Serializable, AuditSubject {

    public TicketFacts {
        concerns = List.copyOf(concerns);
    }

    @Override
    public String auditType() {
        return "ticket";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public String auditOffice() {
        return office;
    }

    public static TicketFacts of(Ticket ticket, Office office) {
        String desk = ticket.deskCode().orElse(null);
        return new TicketFacts(ticket.id(), ticket.officeId(), ticket.number(), ticket.state(), ticket.priority(),
                ticket.source(), ticket.concernId().orElse(null), ticket.pseudonym().orElse(null), desk,
                desk == null ? null : office.desk(desk).map(Desk::name).orElse(desk),
                ticket.counsellor().orElse(null), ticket.callCount(), ticket.queuedAt(),
                ticket.calledAt().orElse(null), ticket.token(), ticket.concerns(), ticket.firstContact());
    }
}

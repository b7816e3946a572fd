package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;

/** A new ticket with its place in line and the estimated wait in minutes. */
public record IssuedTicket(TicketFacts ticket, int position, int estimatedWaitMinutes) implements AuditSubject {

    @Override
    public String auditType() {
        return ticket.auditType();
    }

    @Override
    public String auditId() {
        return ticket.auditId();
    }

    @Override
    public String auditOffice() {
        return ticket.auditOffice();
    }
}

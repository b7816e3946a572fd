package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;
import de.thinka.kompass.queue.boundary.IssuedTicket;

/** A booked visitor checked in: the booking and the ticket they now wait with. */
public record CheckedIn(BookingFacts booking, IssuedTicket ticket) implements AuditSubject {

    @Override
    public String auditType() {
        return booking.auditType();
    }

    @Override
    public String auditId() {
        return booking.auditId();
    }

    @Override
    public String auditOffice() {
        return booking.auditOffice();
    }
}

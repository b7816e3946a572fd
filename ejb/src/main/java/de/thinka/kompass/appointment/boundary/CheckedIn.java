package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.queue.boundary.IssuedTicket;

/** A booked visitor checked in: the booking and the ticket they now wait with. */
public record CheckedIn(BookingFacts booking, IssuedTicket ticket) {
}

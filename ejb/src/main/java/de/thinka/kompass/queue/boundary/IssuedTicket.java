package de.thinka.kompass.queue.boundary;

/** A new ticket with its place in line and the estimated wait in minutes. */
public record IssuedTicket(TicketFacts ticket, int position, int estimatedWaitMinutes) {
}

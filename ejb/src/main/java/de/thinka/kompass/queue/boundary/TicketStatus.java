package de.thinka.kompass.queue.boundary;

/** What a visitor may know of their own ticket. */
public record TicketStatus(TicketFacts ticket, int position, int estimatedWaitMinutes, long seq) {
}

package de.thinka.kompass.queue.boundary;

import java.util.List;

/** The open tickets of an office today (waiting, called, in service) at change number {@code seq}. */
public record QueueSnapshot(String office, long seq, List<TicketFacts> tickets, QueueFigures figures) {
}

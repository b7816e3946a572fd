package de.thinka.kompass.queue.boundary;

import java.io.Serializable;

/**
 * One change of an office's queue, fired inside the transaction and observed after it committed
 * ({@code @Observes(during = AFTER_SUCCESS)}). {@code seq} grows by exactly one per change of that office.
 *
 * @param type e.g. {@code ticket-issued}, {@code ticket-called}; see docs/websocket-protocol.md
 */
public record QueueChanged(String office, long seq, String type, TicketFacts ticket, QueueFigures figures)
        implements Serializable {
}

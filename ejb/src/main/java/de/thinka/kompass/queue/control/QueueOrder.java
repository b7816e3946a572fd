package de.thinka.kompass.queue.control;

import de.thinka.kompass.queue.entity.Priority;
import de.thinka.kompass.queue.entity.Ticket;
import de.thinka.kompass.queue.entity.TicketState;

import java.util.Comparator;
import java.util.List;

/** Who is called next: urgent (crisis) first, then by the time that counts (arrival or appointment time). */
public final class QueueOrder {

    public static final Comparator<Ticket> CALLING_ORDER = Comparator
            .comparing((Ticket ticket) -> ticket.priority() != Priority.URGENT)
            .thenComparing(Ticket::queuedAt)
            .thenComparing(Ticket::number);

    private QueueOrder() {
    }

    /** The waiting tickets in calling order. */
    public static List<Ticket> waiting(List<Ticket> tickets) {
        return tickets.stream().filter(ticket -> ticket.state() == TicketState.WAITING).sorted(CALLING_ORDER).toList();
    }
}

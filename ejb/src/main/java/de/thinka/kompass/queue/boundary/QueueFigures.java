package de.thinka.kompass.queue.boundary;

import de.thinka.kompass.queue.control.WaitEstimate;

import java.io.Serializable;
import java.util.List;

/**
 * The waiting line of an office at one moment: ticket ids in calling order, and what the wait estimate is
 * made of. Position of a ticket = its index + 1.
 */
public record QueueFigures(List<Long> waitingOrder, double medianServiceMinutes, int activeDesks) implements Serializable {

    public QueueFigures {
        waitingOrder = List.copyOf(waitingOrder);
    }

    public int waitingCount() {
        return waitingOrder.size();
    }

    /** 1 for the next in line; 0 when the ticket is not waiting. */
    public int positionOf(long ticketId) {
        return waitingOrder.indexOf(ticketId) + 1;
    }

    public WaitEstimate estimate() {
        return new WaitEstimate(medianServiceMinutes, activeDesks);
    }

    /** Minutes for a newcomer at the end of the line. */
    public int minutesForNext() {
        return estimate().minutesFor(waitingCount() + 1);
    }

    public int minutesFor(long ticketId) {
        return estimate().minutesFor(positionOf(ticketId));
    }
}

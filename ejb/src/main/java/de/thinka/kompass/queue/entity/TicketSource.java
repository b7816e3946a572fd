package de.thinka.kompass.queue.entity;

/** How the visitor got into the queue. */
public enum TicketSource {
    WALK_IN, APPOINTMENT
}

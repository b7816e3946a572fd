package de.thinka.kompass.queue.entity;

/** Where a ticket stands. WAITING, CALLED and IN_SERVICE are open; the rest are final. */
public enum TicketState {
    WAITING, CALLED, IN_SERVICE, DONE, NO_SHOW, LEFT, HANDED_OVER;

    public boolean isOpen() {
        return this == WAITING || this == CALLED || this == IN_SERVICE;
    }
}

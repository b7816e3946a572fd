package de.thinka.kompass.statistics.entity;

/** How a contact ended: a talk (done or handed over), a no-show, or the visitor left before being called. */
public enum ContactOutcome {
    DONE, HANDED_OVER, NO_SHOW, LEFT;

    /** Whether a talk took place (what funders count as a contact). */
    public boolean served() {
        return this == DONE || this == HANDED_OVER;
    }
}

package de.thinka.kompass.queue.entity;

/** NORMAL; URGENT (crisis: called first); ASSISTANCE (wheelchair, interpreter: staff see it, order unchanged). */
public enum Priority {
    NORMAL, URGENT, ASSISTANCE
}

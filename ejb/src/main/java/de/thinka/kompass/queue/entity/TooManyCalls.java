package de.thinka.kompass.queue.entity;

import de.thinka.kompass.platform.boundary.BusinessException;

/** A ticket was called as often as allowed; the next step is no-show (or requeue). */
public class TooManyCalls extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyCalls(String number, int maxCalls) {
        super(Reason.CONFLICT, "ticket-too-many-calls", number, maxCalls);
    }
}

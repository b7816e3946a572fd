package de.thinka.kompass.queue.entity;

import de.thinka.kompass.platform.boundary.BusinessException;

/** The ticket is not in a state that allows this action (e.g. finishing a ticket nobody has called). */
public class IllegalTicketTransition extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTicketTransition(String number, TicketState state, TicketAction action) {
        super(Reason.CONFLICT, "ticket-transition." + action.slug(), number, state.name());
    }
}

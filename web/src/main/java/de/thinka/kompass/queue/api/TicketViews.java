package de.thinka.kompass.queue.api;

import de.thinka.kompass.queue.boundary.QueueFigures;
import de.thinka.kompass.queue.boundary.TicketFacts;

import java.time.Instant;
import java.util.List;

/** How tickets are shown: to staff in full, to the public as number and destination only. */
public final class TicketViews {

    private TicketViews() {
    }

    /** Staff of the office: everything, including the call name and the token (to reprint the ticket). */
    public record StaffTicket(long id, String number, String state, String priority, String source, String concern,
                              String pseudonym, String desk, String deskName, String counsellor, int calls,
                              Instant queuedAt, Instant calledAt, int position, int estimatedWaitMinutes, String token,
                              List<String> concerns, boolean firstContact) {

        private static final QueueFigures NO_LINE = new QueueFigures(List.of(), 1, 1);

        /** A ticket outside the waiting line (called, in service, closed). */
        public static StaffTicket of(TicketFacts t) {
            return of(t, NO_LINE);
        }

        public static StaffTicket of(TicketFacts t, QueueFigures figures) {
            return new StaffTicket(t.id(), t.number(), t.state().name(), t.priority().name(), t.source().name(),
                    t.concernId(), t.pseudonym(), t.deskCode(), t.deskName(), t.counsellor(), t.callCount(),
                    t.queuedAt(), t.calledAt(), figures.positionOf(t.id()), figures.minutesFor(t.id()), t.token(),
                    t.concerns(), t.firstContact());
        }
    }

    /** Displays and the visitor's own page: no call name, no concern, no priority, no token. */
    public record PublicTicket(String number, String state, String desk, String deskName, int calls, Instant calledAt,
                               Integer position, Integer estimatedWaitMinutes) {

        public static PublicTicket of(TicketFacts t) {
            return new PublicTicket(t.number(), t.state().name(), t.deskCode(), t.deskName(), t.callCount(),
                    t.calledAt(), null, null);
        }

        public static PublicTicket withPlace(TicketFacts t, int position, int minutes) {
            boolean waiting = position > 0;
            return new PublicTicket(t.number(), t.state().name(), t.deskCode(), t.deskName(), t.callCount(),
                    t.calledAt(), waiting ? position : null, waiting ? minutes : null);
        }
    }
}

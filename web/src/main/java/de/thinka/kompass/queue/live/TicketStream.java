package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.api.TicketViews.PublicTicket;
import de.thinka.kompass.queue.boundary.QueueChanged;
import de.thinka.kompass.queue.boundary.TicketFacts;
import de.thinka.kompass.queue.boundary.TicketStatus;

import java.util.Objects;
import java.util.function.Function;

/**
 * A visitor's own ticket page: a {@code status} message first, then one message whenever their state, place in
 * line, estimate or destination changes (not on every change of the office).
 */
final class TicketStream {

    private final Function<String, TicketStatus> lookup;

    TicketStream(Function<String, TicketStatus> lookup) {
        this.lookup = lookup;
    }

    void start(Subscriber subscriber) {
        TicketStatus status = lookup.apply(subscriber.token);
        subscriber.ticket = status.ticket();
        subscriber.seenSeq = status.seq();
        send(subscriber, "status", status.seq(), status.ticket(), status.position(), status.estimatedWaitMinutes());
    }

    void update(Subscriber subscriber, QueueChanged change) {
        TicketFacts mine = subscriber.ticket;
        if (mine == null) {
            return;
        }
        boolean aboutMe = change.ticket().id() == mine.id();
        if (aboutMe) {
            subscriber.ticket = change.ticket();
            mine = change.ticket();
        }
        send(subscriber, aboutMe ? change.type() : "status", change.seq(), mine,
                change.figures().positionOf(mine.id()), change.figures().minutesFor(mine.id()));
    }

    private static void send(Subscriber subscriber, String type, long seq, TicketFacts ticket, int position, int minutes) {
        PublicTicket view = PublicTicket.withPlace(ticket, position, minutes);
        if (Objects.equals(view, subscriber.lastView)) {
            return;
        }
        subscriber.lastView = view;
        subscriber.send(Messages.ticket(type, ticket.office(), seq, ticket, position, minutes));
    }
}

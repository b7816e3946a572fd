package de.thinka.kompass.queue.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.logging.Logger;

/**
 * One WebSocket session and its own bounded send queue. Sends are asynchronous and one at a time, so a slow or
 * dead client only fills its own queue; when the queue overflows, the session is closed and the client
 * reconnects with {@code since}.
 */
final class Subscriber {

    private static final Logger LOG = Logger.getLogger(Subscriber.class.getName());
    static final int MAX_QUEUED = 256;

    final Session session;
    final Audience audience;
    final String office;
    /** For TICKET subscribers: the token of the visitor's ticket. */
    final String token;
    /** For TICKET subscribers: the ticket as last known. */
    volatile de.thinka.kompass.queue.boundary.TicketFacts ticket;
    /** Events up to this seq are already contained in what the client got (snapshot or replay). */
    volatile long seenSeq;
    /** For TICKET subscribers: the last view sent, to send only what changed. */
    volatile Object lastView;

    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private boolean sending;

    Subscriber(Session session, Audience audience, String office, String token) {
        this.session = session;
        this.audience = audience;
        this.office = office;
        this.token = token;
    }

    synchronized void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (queue.size() >= MAX_QUEUED) {
            queue.clear();
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow, reconnect with since"));
            return;
        }
        queue.add(text);
        if (!sending) {
            pump();
        }
    }

    private void pump() {
        String next = queue.poll();
        if (next == null) {
            sending = false;
            return;
        }
        sending = true;
        try {
            session.getAsyncRemote().sendText(next, result -> {
                if (!result.isOK()) {
                    close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
                }
                synchronized (Subscriber.this) {
                    pump();
                }
            });
        } catch (RuntimeException sessionGone) {
            queue.clear();
            sending = false;
        }
    }

    void close(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException alreadyGone) {
            LOG.fine("session already closed");
        }
    }
}

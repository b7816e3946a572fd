package de.thinka.kompass.queue.live;

import jakarta.websocket.Session;

import java.util.List;

/** What the live endpoints share: reading {@code since} and subscribing (the snapshot follows asynchronously). */
abstract class LiveEndpoint {

    static Long since(Session session) {
        List<String> values = session.getRequestParameterMap().get("since");
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * No {@code setMaxIdleTimeout} here: Tyrus' own idle timer is left off (the container default 0). A session
     * starts with a 0-ms idle task scheduled by its constructor; when that task ran after {@code onOpen} had set a
     * timeout, it closed the brand-new session as "idle" while its snapshot was being written (a few of 2,000
     * displays got no snapshot, a close frame inside the snapshot's frame, and once a test client nothing at all).
     * Silent clients are found by {@link QueueBroadcaster}'s ping round instead (decision 0016).
     */
    void open(QueueBroadcaster broadcaster, Session session, Audience audience, String office, String token) {
        broadcaster.subscribe(session, audience, office, since(session), token);
    }
}

package de.thinka.kompass.queue.live;

import jakarta.websocket.Session;

import java.util.List;

/** What the live endpoints share: reading {@code since} and subscribing (the snapshot follows asynchronously). */
abstract class LiveEndpoint {

    /** Idle connections are closed after this; clients send a keep-alive message more often. */
    static final long IDLE_TIMEOUT_MILLIS = 120_000;

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

    void open(QueueBroadcaster broadcaster, Session session, Audience audience, String office, String token) {
        session.setMaxIdleTimeout(IDLE_TIMEOUT_MILLIS);
        broadcaster.subscribe(session, audience, office, since(session), token);
    }
}

package de.thinka.kompass.queue.live;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * An office's two streams: {@code display} (public: numbers, destinations, waiting count and estimate; nothing
 * personal) and {@code queue} (staff of the office, full detail). {@link LiveGate} has checked the handshake:
 * other stream names, unknown offices and unauthorised staff streams never get here.
 */
@ServerEndpoint("/ws/offices/{office}/{stream}")
public class OfficeStreamEndpoint extends LiveEndpoint {

    @Inject
    QueueBroadcaster broadcaster;

    @OnOpen
    public void open(Session session, @PathParam("office") String office, @PathParam("stream") String stream) {
        open(broadcaster, session, "queue".equals(stream) ? Audience.STAFF : Audience.DISPLAY, office, null);
    }

    /** Clients send "ping" now and then (and browsers answer the server's pings): the client is alive. */
    @OnMessage
    public void keepAlive(Session session, String message) {
        broadcaster.heard(session);
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        broadcaster.heard(session);
    }

    @OnClose
    public void close(Session session) {
        broadcaster.unsubscribe(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        broadcaster.unsubscribe(session);
    }
}

package de.thinka.kompass.queue.live;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/** Staff of the office: the queue in full detail. {@link LiveGate} refuses everybody else at the handshake. */
@ServerEndpoint("/ws/offices/{office}/queue")
public class StaffQueueEndpoint extends LiveEndpoint {

    @Inject
    QueueBroadcaster broadcaster;

    @OnOpen
    public void open(Session session, @PathParam("office") String office) {
        open(broadcaster, session, Audience.STAFF, office, null);
    }

    /** Clients send "ping" now and then to keep proxies and the idle timeout happy; nothing to answer. */
    @OnMessage
    public void keepAlive(String message) {
        // nothing to do
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

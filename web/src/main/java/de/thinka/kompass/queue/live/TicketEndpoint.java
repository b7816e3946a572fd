package de.thinka.kompass.queue.live;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/** The visitor's own ticket: state, place in line, estimate, and the desk the moment they are called. */
@ServerEndpoint("/ws/tickets/{token}")
public class TicketEndpoint extends LiveEndpoint {

    @Inject
    QueueBroadcaster broadcaster;

    @Inject
    de.thinka.kompass.queue.boundary.PublicQueue publicQueue;

    @OnOpen
    public void open(Session session, @PathParam("token") String token) {
        String office;
        try {
            office = publicQueue.status(token).ticket().office();
        } catch (RuntimeException unknownTicket) {
            office = null;
        }
        open(broadcaster, session, Audience.TICKET, office, token);
    }

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

package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.boundary.PublicQueue;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.Optional;

/** The visitor's own ticket: state, place in line, estimate, and the desk the moment they are called. */
@ServerEndpoint("/ws/tickets/{token}")
public class TicketEndpoint extends LiveEndpoint {

    @Inject
    QueueBroadcaster broadcaster;

    @Inject
    PublicQueue publicQueue;

    /** {@link LiveGate} has refused unknown tokens; a ticket deleted in between is refused here. */
    @OnOpen
    public void open(Session session, @PathParam("token") String token) throws IOException {
        Optional<String> office = publicQueue.officeOfTicket(token);
        if (office.isEmpty()) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown ticket"));
            return;
        }
        open(broadcaster, session, Audience.TICKET, office.get(), token);
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

package de.thinka.kompass.bench.ceiling;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The least a server can do for a push: hand one text to every open session's async sender. */
@ServerEndpoint("/ws")
public class Ceiling {

    static final Set<Session> SESSIONS = ConcurrentHashMap.newKeySet();
    static final AtomicLong SEQ = new AtomicLong();

    @OnOpen
    public void open(Session session) {
        SESSIONS.add(session);
    }

    @OnMessage
    public void ignore(String message) {
        // keep-alive
    }

    @OnClose
    public void close(Session session) {
        SESSIONS.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        SESSIONS.remove(session);
    }

    @ApplicationPath("api")
    public static class Api extends Application {
    }

    /** Broadcasts the given number (the benchmark calls every instance of a group with the same), or the next. */
    @Path("broadcast")
    public static class Broadcast {
        @POST
        public String broadcast(@QueryParam("number") String given) {
            long seq = SEQ.incrementAndGet();
            String number = given == null || !given.matches("[A-Za-z0-9-]{1,40}") ? "C-" + seq : given;
            String text = "{\"type\":\"ticket-called\",\"seq\":" + seq + ",\"ticket\":{\"number\":\"" + number + "\"}}";
            // the same context class loader as KOMPASS' sends (Subscriber.TYRUS_TIMER_LOADER): without it every
            // send pays Payara's ServiceLoader lookup in the idle timer's context capture, and the ceiling would
            // measure that instead of the broadcast
            Thread thread = Thread.currentThread();
            ClassLoader application = thread.getContextClassLoader();
            thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
            try {
                for (Session session : SESSIONS) {
                    if (session.isOpen()) {
                        session.getAsyncRemote().sendText(text);
                    }
                }
            } finally {
                thread.setContextClassLoader(application);
            }
            return number;
        }
    }
}

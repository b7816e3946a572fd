package de.thinka.kompass.queue.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One WebSocket session and its own bounded send queue: a slow or dead client only fills its own queue; when
 * it overflows, the session is closed and the client reconnects with {@code since}.
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

    /** Closing talks to the client and can block on a broken connection: never on the office's sender thread. */
    private final Executor closer;

    Subscriber(Session session, Audience audience, String office, String token, Executor closer) {
        this.session = session;
        this.audience = audience;
        this.office = office;
        this.token = token;
        this.closer = closer;
        this.remote = session.getAsyncRemote();
    }

    /**
     * A send that has not completed after this long will not complete (or the client is far too slow): the
     * connection is given up, checked with the next message and by the ping, and the client reconnects with since.
     * (20 s before: a display whose first send never completed then got nothing for the next 20 to 50 seconds.)
     */
    static final long STUCK_NANOS = TimeUnit.SECONDS.toNanos(5);

    /**
     * A client that has sent nothing (no message, no answer to a ping) for this long is gone: with a ping every
     * 30 s a living client answers four times in that time. (KOMPASS' own idle timeout, see {@link LiveEndpoint}.)
     */
    static final long SILENT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private volatile long lastHeard = System.nanoTime();

    /** The client sent something (a keep-alive text or the answer to a ping). */
    void heard() {
        lastHeard = System.nanoTime();
    }

    private final ArrayDeque<String> queue = new ArrayDeque<>();
    /** One handler for all messages of the session: no callback object per message. */
    private final SendHandler completion = result -> sent(result.isOK());
    private final RemoteEndpoint.Async remote;
    private boolean sending;
    private long sendingSince;

    /**
     * Queues the text and sends it when the previous message of this session is out: one send in flight per
     * connection, because overlapping asynchronous sends of large messages interleaved their frames on the wire
     * (the benchmark's clients saw "Invalid UTF-8 in frame TEXT"). A client with {@link #MAX_QUEUED} messages
     * waiting is too slow: it is closed and will reconnect with since.
     */
    synchronized void send(String text) {
        if (!session.isOpen()) {
            return;
        }
        if (queue.size() >= MAX_QUEUED || sending && System.nanoTime() - sendingSince > STUCK_NANOS) {
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
        sendingSince = System.nanoTime();
        try {
            withTyrus(() -> remote.sendText(next, completion));
        } catch (IOException | RuntimeException notSent) {
            sent(false);
        }
    }

    private interface TyrusCall {
        void run() throws IOException;
    }

    /** A call into Tyrus with {@link #TYRUS_TIMER_LOADER} as the thread's context class loader. */
    private static void withTyrus(TyrusCall call) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(TYRUS_TIMER_LOADER);
        try {
            call.run();
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /**
     * The context class loader while Tyrus sends. Every send (and ping) makes Tyrus re-arm its idle timer on
     * Payara's default managed scheduled executor, whose context capture runs a {@code ServiceLoader} lookup of
     * {@code ThreadContextProvider} through the context class loader each time: with the application's loader
     * that scanned every jar of the application and of Payara, about two thirds of the CPU of a fan-out to 2,000
     * displays (JFR profile, 2026-12-03). The platform loader answers the same lookup at once (KOMPASS has no
     * context providers of its own), and the timer task it is captured for does nothing (idle timer off).
     */
    private static final ClassLoader TYRUS_TIMER_LOADER = ClassLoader.getPlatformClassLoader();

    private synchronized void sent(boolean ok) {
        if (ok) {
            pump();
        } else {
            // never drop a message silently: the client reconnects with since and gets what it missed
            queue.clear();
            sending = false;
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "send failed, reconnect with since"));
        }
    }

    /**
     * A ping only between messages, so frames never interleave; a busy connection needs none. A send that never
     * completes (rarely seen when the first message follows the handshake very closely) would otherwise leave the
     * client without anything: such a connection counts as dead, and the client reconnects with since. So does a
     * client that has not answered for {@link #SILENT_NANOS}.
     */
    synchronized boolean ping() {
        if (System.nanoTime() - lastHeard > SILENT_NANOS) {
            return false;
        }
        if (sending) {
            return System.nanoTime() - sendingSince < STUCK_NANOS;
        }
        try {
            withTyrus(() -> remote.sendPing(java.nio.ByteBuffer.allocate(0)));
            return true;
        } catch (IOException | RuntimeException dead) {
            return false;
        }
    }

    void close(CloseReason reason) {
        try {
            closer.execute(() -> closeNow(reason));
        } catch (RejectedExecutionException shuttingDown) {
            closeNow(reason);
        }
    }

    private void closeNow(CloseReason reason) {
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | RuntimeException alreadyGone) {
            LOG.fine("session already closed");
        }
    }
}

package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.queue.boundary.QueueChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes queue changes to the WebSocket clients, only after the change committed. One {@link OfficeChannel}
 * per office orders the changes by seq and keeps recent ones for reconnecting clients. Dead clients are found
 * by a ping every 30 seconds and dropped.
 */
@ApplicationScoped
public class QueueBroadcaster {

    static final long PING_SECONDS = 30;

    @Inject
    PublicQueue publicQueue;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, OfficeChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> bySession = new ConcurrentHashMap<>();
    private TicketStream tickets;
    private ScheduledFuture<?> pings;

    @PostConstruct
    void start() {
        tickets = new TicketStream(publicQueue::status);
        pings = scheduler.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (pings != null) {
            pings.cancel(false);
        }
        bySession.values().forEach(s -> s.close(new CloseReason(CloseReason.CloseCodes.SERVICE_RESTART, "restart")));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged change) {
        channel(change.office()).accept(change);
    }

    void subscribe(Session session, Audience audience, String office, Long since, String token) {
        Subscriber subscriber = new Subscriber(session, audience, office, token);
        bySession.put(session.getId(), subscriber);
        channel(office).subscribe(subscriber, since, () -> publicQueue.snapshot(office));
    }

    void unsubscribe(Session session) {
        Subscriber subscriber = bySession.remove(session.getId());
        if (subscriber != null) {
            channel(subscriber.office).unsubscribe(subscriber);
        }
    }

    /** Number of open live connections (for metrics and tests). */
    public int connections() {
        return bySession.size();
    }

    private OfficeChannel channel(String office) {
        return channels.computeIfAbsent(office, id -> new OfficeChannel(id, tickets));
    }

    private void pingAll() {
        for (Subscriber subscriber : bySession.values()) {
            try {
                subscriber.session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
            } catch (IOException | RuntimeException dead) {
                unsubscribe(subscriber.session);
                subscriber.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer"));
            }
        }
    }
}

package de.thinka.kompass.queue.live;

import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.queue.boundary.QueueChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pushes queue changes to the WebSocket clients, only after the change committed, on one sender thread per
 * office (the caller's response does not wait for 2,000 displays). One {@link OfficeChannel} per office orders
 * the changes by seq and keeps recent ones for reconnecting clients. Dead clients are found
 * by a ping every 30 seconds and dropped.
 */
@ApplicationScoped
public class QueueBroadcaster {

    static final long PING_SECONDS = 30;

    @Inject
    PublicQueue publicQueue;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    private final Map<String, OfficeChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> bySession = new ConcurrentHashMap<>();
    /** One sender thread per office: pushes keep their order and never hold up the request that caused them. */
    private final Map<String, ExecutorService> senders = new ConcurrentHashMap<>();
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
        senders.values().forEach(ExecutorService::shutdownNow);
        bySession.values().forEach(s -> s.close(new CloseReason(CloseReason.CloseCodes.SERVICE_RESTART, "restart")));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged change) {
        OfficeChannel channel = channel(change.office());
        sender(change.office()).execute(() -> channel.accept(change));
    }

    /**
     * Snapshots go out on the office's sender thread too: all sends of an office come from one thread, in order.
     * (With snapshots sent from the many handshake threads at once, a storm of 2,000 connecting displays
     * produced a few corrupted text frames.)
     */
    void subscribe(Session session, Audience audience, String office, Long since, String token) {
        Subscriber subscriber = new Subscriber(session, audience, office, token, scheduler);
        bySession.put(session.getId(), subscriber);
        OfficeChannel channel = channel(office);
        sender(office).execute(() -> {
            try {
                channel.subscribe(subscriber, since, () -> publicQueue.snapshot(office));
            } catch (RuntimeException failed) {
                unsubscribe(session);
                subscriber.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "reconnect"));
            }
        });
    }

    private ExecutorService sender(String office) {
        return senders.computeIfAbsent(office, id -> Executors.newSingleThreadExecutor(threads));
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
        return channels.computeIfAbsent(office, id -> new OfficeChannel(tickets));
    }

    private void pingAll() {
        for (Subscriber subscriber : bySession.values()) {
            if (!subscriber.ping()) {
                unsubscribe(subscriber.session);
                subscriber.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer"));
            }
        }
    }
}

package de.thinka.kompass.queue.live;

import de.thinka.kompass.platform.cluster.ClusterMessages;
import de.thinka.kompass.platform.cluster.DataGrid;
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
import java.util.logging.Logger;

/**
 * Pushes queue changes to the WebSocket clients, only after the change committed, on one sender thread per
 * office (the caller's response does not wait for 2,000 displays) that hands the sends to a few {@link FanOut}
 * lanes. One {@link OfficeChannel} per office orders the changes by seq and keeps recent ones for reconnecting clients. Dead clients are found
 * by a ping every 30 seconds and dropped: a send stuck for 5 s, or nothing heard from the client for 2 minutes.
 * <p>
 * In a cluster (decision 0015) each change is also published to the other instances over Payara's data grid
 * (topic {@value #TOPIC}), and every instance delivers the changes made through the others to its own clients.
 * A change whose message never arrives (its instance died between commit and publish) is read from the
 * database ({@code queue_event}): at once when a later change shows the gap, and otherwise by a check every
 * {@value #CATCH_UP_SECONDS} second(s) while other instances exist.
 */
@ApplicationScoped
public class QueueBroadcaster {

    private static final Logger LOG = Logger.getLogger(QueueBroadcaster.class.getName());

    static final long PING_SECONDS = 30;
    static final String TOPIC = "queue";
    static final long CATCH_UP_SECONDS = 1;
    /** A gap waits this long for the missing change's own message before it is read from the database. */
    static final long GAP_WAIT_MILLIS = 300;

    @Inject
    PublicQueue publicQueue;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ClusterMessages cluster;

    @Inject
    DataGrid grid;

    private final Map<String, OfficeChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Subscriber> bySession = new ConcurrentHashMap<>();
    /** One sender thread per office: pushes keep their order and never hold up the request that caused them. */
    private final Map<String, ExecutorService> senders = new ConcurrentHashMap<>();
    private TicketStream tickets;
    private FanOut fanOut;
    private ScheduledFuture<?> pings;
    private ScheduledFuture<?> catchUps;

    @PostConstruct
    void start() {
        tickets = new TicketStream(publicQueue::status);
        fanOut = new FanOut(threads, FanOut.LANES);
        pings = scheduler.scheduleAtFixedRate(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        catchUps = scheduler.scheduleWithFixedDelay(this::catchUpInCluster, CATCH_UP_SECONDS, CATCH_UP_SECONDS,
                TimeUnit.SECONDS);
        cluster.listen(TOPIC, this::fromOtherInstance);
    }

    @PreDestroy
    void stop() {
        if (pings != null) {
            pings.cancel(false);
        }
        if (catchUps != null) {
            catchUps.cancel(false);
        }
        senders.values().forEach(ExecutorService::shutdownNow);
        fanOut.stop();
        bySession.values().forEach(s -> s.close(new CloseReason(CloseReason.CloseCodes.SERVICE_RESTART, "restart")));
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged change) {
        sender(change.office()).execute(() -> {
            accept(change);
            cluster.publish(TOPIC, change::toJson);
        });
    }

    /** On a Hazelcast thread: only hand over to the office's sender. */
    private void fromOtherInstance(String json) {
        QueueChanged change;
        try {
            change = QueueChanged.fromJson(json);
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "unreadable queue change from another instance: " + unreadable.getClass().getName());
            return;
        }
        sender(change.office()).execute(() -> accept(change));
    }

    /** On the office's sender thread. */
    private void accept(QueueChanged change) {
        OfficeChannel channel = channel(change.office());
        channel.accept(change);
        if (channel.hasGap() && channel.claimGapCheck()) {
            scheduler.schedule(() -> sender(change.office()).execute(() -> catchUp(change.office())),
                    GAP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** On the office's sender thread: what this instance has not seen yet, from the database. */
    private void catchUp(String office) {
        try {
            channel(office).catchUp(since -> publicQueue.changesSince(office, since, OfficeChannel.HISTORY));
        } catch (RuntimeException failed) {
            LOG.warning(() -> "queue changes of " + office + " not read: " + failed.getClass().getName());
        }
    }

    private void catchUpInCluster() {
        if (grid.hasOtherMembers()) {
            channels.keySet().forEach(office -> sender(office).execute(() -> catchUp(office)));
        }
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
                channel.subscribe(subscriber, since, () -> publicQueue.snapshot(office),
                        after -> publicQueue.changesSince(office, after, OfficeChannel.HISTORY));
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

    /** The client of this session sent something: it is alive (see {@link Subscriber#ping()}). */
    void heard(Session session) {
        Subscriber subscriber = bySession.get(session.getId());
        if (subscriber != null) {
            subscriber.heard();
        }
    }

    /** Number of open live connections (for metrics and tests). */
    public int connections() {
        return bySession.size();
    }

    private OfficeChannel channel(String office) {
        return channels.computeIfAbsent(office, id -> new OfficeChannel(tickets, fanOut));
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

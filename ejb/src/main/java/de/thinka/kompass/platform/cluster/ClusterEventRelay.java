package de.thinka.kompass.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives the {@link ClusterWide} events the other instances send ({@link ClusterEventSender}, topic
 * {@value #TOPIC}): the event's class name and its JSON. A relayed event is fired locally, on a managed thread,
 * inside a call of this bean (so that beans the event creates get this module's environment, decision 0017), and
 * not sent on again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterEventRelay {

    static final String TOPIC = "events";
    private static final Logger LOG = Logger.getLogger(ClusterEventRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    @Inject
    ClusterMessages messages;

    @Inject
    BeanManager beans;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    private final AtomicLong failed = new AtomicLong();

    @PostConstruct
    void start() {
        ClusterEventRelay self = context.getBusinessObject(ClusterEventRelay.class);
        messages.listen(TOPIC, text -> executor.execute(() -> {
            try {
                self.fireHere(text);
            } catch (EJBException starting) {
                // only while this instance still starts: its caches are being filled fresh anyway
                LOG.info(() -> "cluster event not applied while starting: " + starting.getMessage());
            }
        }));
    }

    /** An event as it travels to the other instances: its class name, a line break, its JSON. */
    static String textOf(ClusterWide event) {
        return event.getClass().getName() + "\n" + JSON.toJson(event);
    }

    /** Whether this thread is firing a relayed event, which must not be sent on again. */
    static boolean relaying() {
        return RELAYING.get();
    }

    /** Relayed events that could not be applied here since the start (metric kompass_cluster_events_failed). */
    public long failed() {
        return failed.get();
    }

    /**
     * Fires a relayed event here. Called through the container (not directly from the grid's thread): observers
     * and the beans they need are created in this module's environment, with its persistence unit. Without a
     * transaction, so that the {@code AFTER_SUCCESS} observers run at once, while {@link #send} still sees that
     * the event is a relayed one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fireHere(String text) {
        int newline = text.indexOf('\n');
        try {
            Class<?> type = Class.forName(text.substring(0, newline), true, ClusterEventRelay.class.getClassLoader());
            if (!ClusterWide.class.isAssignableFrom(type)) {
                return;
            }
            Object event = JSON.fromJson(text.substring(newline + 1), type);
            RELAYING.set(true);
            try {
                beans.getEvent().fire(event); // observed by the event's runtime type
            } finally {
                RELAYING.set(false);
            }
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            failed.incrementAndGet();
            // an event carries ids and times, never personal data: the whole trace helps whoever has to fix it
            LOG.log(Level.WARNING, "cluster event not applied: " + text.substring(0, Math.max(0, newline)), unreadable);
        }
    }
}

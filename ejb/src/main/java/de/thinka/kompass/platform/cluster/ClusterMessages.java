package de.thinka.kompass.platform.cluster;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Text messages to the other instances of the cluster over a Hazelcast topic of Payara's data grid: in the order
 * one instance published them, a few milliseconds later (decision 0015). An instance does not receive its own
 * messages. Alone (no other member, or no grid), publishing costs nothing and nothing arrives.
 */
@ApplicationScoped
public class ClusterMessages {

    private static final Logger LOG = Logger.getLogger(ClusterMessages.class.getName());
    private static final String PREFIX = "kompass.";

    @Inject
    DataGrid grid;

    private final Map<String, UUID> listeners = new ConcurrentHashMap<>();

    /**
     * Sends the text to the listeners of the topic on every other instance; the text is made only when there
     * are other instances. Never throws.
     */
    public void publish(String topic, Supplier<String> text) {
        if (!grid.hasOtherMembers()) {
            return;
        }
        try {
            grid.instance().ifPresent(hz -> hz.<String>getTopic(PREFIX + topic).publish(text.get()));
        } catch (RuntimeException failed) {
            // the other instances fill the gap from the database (queue_event)
            LOG.log(Level.WARNING, "cluster message on " + topic + " not sent: " + failed.getClass().getName());
        }
    }

    /**
     * Hands each text published on the topic by another instance to the receiver, on a Hazelcast event thread
     * (no Jakarta EE context there: the receiver should pass it on to a managed executor). One receiver per topic.
     */
    public void listen(String topic, Consumer<String> receiver) {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        grid.instance().ifPresent(hz -> {
            ITopic<String> messages = hz.getTopic(PREFIX + topic);
            UUID id = messages.addMessageListener((Message<String> message) -> {
                if (!message.getPublishingMember().localMember()) {
                    receiveAs(application, receiver, message.getMessageObject());
                }
            });
            UUID previous = listeners.put(topic, id);
            if (previous != null) {
                messages.removeMessageListener(previous);
            }
        });
    }

    /** The grid's event thread knows nothing of the application: give it the application's class loader. */
    private static void receiveAs(ClassLoader application, Consumer<String> receiver, String text) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            receiver.accept(text);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "cluster message not handled: " + failed.getClass().getName());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** A redeployed application must not leave its listeners behind in the grid, which outlives it. */
    @PreDestroy
    void stop() {
        grid.instance().ifPresent(hz -> listeners.forEach((topic, id) -> {
            try {
                hz.getTopic(PREFIX + topic).removeMessageListener(id);
            } catch (RuntimeException gridGone) {
                LOG.fine("grid already stopped");
            }
        }));
        listeners.clear();
    }
}

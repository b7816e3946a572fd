package de.thinka.kompass.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends every {@link ClusterWide} event to the other instances once its transaction has committed, on topic
 * {@value ClusterEventRelay#TOPIC} in the relay's format ({@link ClusterEventRelay#textOf}), where
 * {@link ClusterEventRelay} receives it.
 * A plain CDI bean, not a session bean: Weld would create a new session bean reference (a JNDI lookup) and the
 * container a new transaction for each notification, about a tenth of a booking's time (2026-12-07). It needs
 * nothing of the EJB module but {@link ClusterMessages}, which the relay creates at start (decision 0017).
 */
@ApplicationScoped
public class ClusterEventSender {

    @Inject
    ClusterMessages messages;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterWide event) {
        if (!ClusterEventRelay.relaying()) {
            messages.publish(ClusterEventRelay.TOPIC, () -> ClusterEventRelay.textOf(event));
        }
    }
}

package de.thinka.kompass.platform.metrics;

import de.thinka.kompass.appointment.boundary.BookingRefused;
import de.thinka.kompass.notification.boundary.MailServerCheck;
import de.thinka.kompass.notification.boundary.OutboxBacklog;
import de.thinka.kompass.notification.boundary.OutboxFigures;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.cluster.ClusterEventRelay;
import de.thinka.kompass.platform.cluster.JobLeadership;
import de.thinka.kompass.queue.boundary.PublicQueue;
import de.thinka.kompass.queue.live.QueueBroadcaster;
import de.thinka.kompass.statistics.boundary.ContactRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The application's MicroProfile metrics (/metrics?scope=application), names in docs/operations.md: waiting
 * visitors per office, waiting and service time per office, open live connections, the outbox's backlog and
 * failures, whether the mail server answers, and refused bookings by reason. Gauges read cached figures
 * ({@link Snapshot}), so a scrape costs at most a few small queries every few seconds.
 */
@ApplicationScoped
public class KompassMetrics {

    private static final Logger LOG = Logger.getLogger(KompassMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    OfficeDirectory offices;

    @Inject
    PublicQueue queue;

    @Inject
    OutboxFigures outbox;

    @Inject
    MailServerCheck mailServer;

    @Inject
    QueueBroadcaster live;

    @Inject
    JobLeadership leadership;

    @Inject
    ClusterEventRelay relay;

    private final Set<String> officesWithGauge = ConcurrentHashMap.newKeySet();
    private Snapshot<Map<String, Long>> waiting;
    private Snapshot<OutboxBacklog> backlog;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        waiting = new Snapshot<>(queue::waitingPerOffice);
        backlog = new Snapshot<>(outbox::backlog);
        try {
            offices.offices().stream().map(Office::id).forEach(this::waitingGauge);
        } catch (RuntimeException notYet) {
            // the database is not ready yet: the offices get their gauges with their first contact
            LOG.warning(() -> "Queue gauges registered later: " + notYet.getClass().getName());
        }
        registry.gauge(Metadata.builder().withName("kompass.jobs.leader")
                .withDescription("1 on the instance that runs the background jobs of the cluster, else 0").build(),
                () -> leadership.isLeader() ? 1 : 0);
        registry.gauge(Metadata.builder().withName("kompass.cluster.events.failed")
                .withDescription("Events of other instances that could not be applied here since the start (should stay 0)")
                .build(), relay, ClusterEventRelay::failed);
        registry.gauge(Metadata.builder().withName("kompass.live.sessions")
                .withDescription("Open WebSocket connections (displays, boards, visitors' pages)").build(),
                live, QueueBroadcaster::connections);
        registry.gauge(Metadata.builder().withName("kompass.outbox.pending")
                .withDescription("Mails waiting for delivery").build(), () -> backlog.get().pending());
        registry.gauge(Metadata.builder().withName("kompass.outbox.retrying")
                .withDescription("Waiting mails that failed at least once").build(), () -> backlog.get().retrying());
        registry.gauge(Metadata.builder().withName("kompass.outbox.failed")
                .withDescription("Mails given up after all attempts").build(), () -> backlog.get().failed());
        registry.gauge(Metadata.builder().withName("kompass.outbox.oldest.due.age").withUnit(MetricUnits.SECONDS)
                .withDescription("How long the oldest due mail has waited for delivery").build(),
                () -> backlog.get().oldestDueAge().toSeconds());
        registry.gauge(Metadata.builder().withName("kompass.mail.server.reachable")
                .withDescription("1 when the mail server accepted the last test connection, else 0").build(),
                () -> mailServer.last().map(result -> result.reachable() ? 1 : 0).orElse(0));
    }

    /** A new office (created after the start) gets its gauge with its first contact. */
    private void waitingGauge(String office) {
        if (officesWithGauge.add(office)) {
            registry.gauge(Metadata.builder().withName("kompass.queue.waiting")
                    .withDescription("Visitors waiting to be called").build(),
                    () -> waiting.get().getOrDefault(office, 0L), new Tag("office", office));
        }
    }

    void contactRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactRecorded contact) {
        waitingGauge(contact.office());
        Tag office = new Tag("office", contact.office());
        if (contact.waitSeconds() != null) {
            registry.histogram(Metadata.builder().withName("kompass.queue.wait").withUnit(MetricUnits.SECONDS)
                    .withDescription("Waiting time from arrival to the first call").build(), office)
                    .update(contact.waitSeconds());
        }
        if (contact.serviceSeconds() != null) {
            registry.histogram(Metadata.builder().withName("kompass.queue.service").withUnit(MetricUnits.SECONDS)
                    .withDescription("Length of the talk from its first start to its end").build(), office)
                    .update(contact.serviceSeconds());
        }
        registry.counter(Metadata.builder().withName("kompass.contacts")
                .withDescription("Contacts that ended, by outcome").build(), office,
                new Tag("outcome", contact.outcome().name().toLowerCase(java.util.Locale.ROOT))).inc();
    }

    /** Observed inside the refused booking's call: a metrics problem must never replace the citizen's answer. */
    void bookingRefused(@Observes BookingRefused refused) {
        try {
            registry.counter(Metadata.builder().withName("kompass.booking.rejections")
                    .withDescription("Bookings refused, by reason").build(),
                    new Tag("reason", refused.reason()), new Tag("channel", refused.channel())).inc();
        } catch (RuntimeException notCounted) {
            LOG.warning(() -> "Booking rejection not counted: " + notCounted.getClass().getName());
        }
    }
}

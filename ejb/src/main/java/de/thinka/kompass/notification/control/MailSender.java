package de.thinka.kompass.notification.control;

import de.thinka.kompass.notification.entity.RetryPolicy;
import de.thinka.kompass.platform.cluster.JobLeadership;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Delivers the outbox: right after a commit that queued mail ({@link DeliveryTrigger}) and every
 * {@code kompass.outbox.poll-interval} for retries and for mail left over from before a restart.
 * One run at a time per server (write lock); each mail has its own transaction ({@link OutboxDelivery}).
 * In a cluster every instance runs its own timer; row locks keep two instances off the same mail.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    /** Upper bound of one run, so a long queue cannot hold the lock for long; the next run goes on. */
    private static final int MAX_BATCHES_PER_RUN = 10;

    @Resource(lookup = "mail/kompass")
    Session session;

    @Resource
    TimerService timers;

    @Inject
    JobLeadership leadership;

    @Resource
    SessionContext context;

    @Inject
    OutboxSettings settings;

    @Inject
    OutboxDelivery delivery;

    @Inject
    DeliveryTrigger trigger;

    @PostConstruct
    void schedule() {
        long every = settings.pollInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
        LOG.info(() -> "Mail outbox polls every " + settings.pollInterval());
    }

    @Timeout
    @Lock(LockType.WRITE)
    @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
    void poll() {
        if (!leadership.isLeader()) {
            return; // another instance of the cluster runs the background jobs
        }
        deliverDue();
    }

    /** A delivery run on a container thread; the caller does not wait. */
    @Asynchronous
    @Lock(LockType.WRITE)
    @AccessTimeout(value = 5, unit = TimeUnit.MINUTES)
    public void deliverSoon() {
        deliverDue();
    }

    private void deliverDue() {
        trigger.runStarting();
        Optional<InternetAddress> from = sender();
        if (from.isEmpty()) {
            return;
        }
        RetryPolicy policy = settings.retryPolicy();
        Map<DeliveryOutcome, Integer> counts = new EnumMap<>(DeliveryOutcome.class);
        boolean more = false;
        try (SmtpConnection smtp = new SmtpConnection(session)) {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                List<Long> due = delivery.due(settings.batchSize());
                more = due.size() == settings.batchSize();
                for (Long id : due) {
                    DeliveryOutcome outcome = delivery.deliver(id, session, smtp, from.get(), policy);
                    counts.merge(outcome, 1, Integer::sum);
                    if (outcome == DeliveryOutcome.SERVER_FAILED) {
                        report(counts);
                        return;
                    }
                }
                if (!more) {
                    break;
                }
            }
        } catch (MessagingException notClosedCleanly) {
            // the server went away between two runs or at QUIT: the mails of this run are marked already
            LOG.fine(() -> "Mail outbox: SMTP connection not closed cleanly: " + notClosedCleanly.getClass().getName());
        }
        report(counts);
        if (more) {
            // the run stopped at its upper bound with mail still due: go on at once rather than at the next poll
            context.getBusinessObject(MailSender.class).deliverSoon();
        }
    }

    private Optional<InternetAddress> sender() {
        String from = settings.mailFrom().orElse(session.getProperty("mail.from"));
        if (from == null || from.isBlank()) {
            LOG.severe("Mail outbox: no sender address (kompass.mail.from or the mail session's mail.from); nothing sent");
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(from, true));
        } catch (AddressException e) {
            LOG.severe("Mail outbox: the sender address is not valid; nothing sent");
            return Optional.empty();
        }
    }

    private static void report(Map<DeliveryOutcome, Integer> counts) {
        if (!counts.isEmpty()) {
            LOG.info(() -> "Mail outbox run: " + counts);
        }
    }
}

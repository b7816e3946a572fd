package de.thinka.kompass.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
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
import jakarta.mail.Transport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether the mail server accepts a connection (connect, and log in where the mail session says so, then quit),
 * tried every {@code kompass.health.mail.interval} (default one minute) in the background with the mail
 * session's time-outs. Health checks and metrics read the last result and never wait for the server.
 */
@Singleton
@Startup
@DependsOn("Database")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailServerCheck {

    private static final Logger LOG = Logger.getLogger(MailServerCheck.class.getName());

    /** The last try: when, whether it connected, and if not the kind of failure (never addresses or text). */
    public record Result(Instant checkedAt, boolean reachable, String failure) {
    }

    @Resource(lookup = "mail/kompass")
    Session session;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompass.health.mail.interval", defaultValue = "PT1M")
    Duration interval;

    private volatile Result last;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(0, interval.toMillis(), new TimerConfig("mail-server-check", false));
    }

    @Timeout
    void probe() {
        Result result;
        try (Transport transport = session.getTransport()) {
            transport.connect();
            result = new Result(clock.instant(), true, null);
        } catch (MessagingException | RuntimeException failed) {
            result = new Result(clock.instant(), false, failed.getClass().getSimpleName());
        }
        if (last != null && last.reachable() != result.reachable()) {
            boolean reachable = result.reachable();
            LOG.warning(() -> "Mail server " + (reachable ? "reachable again" : "not reachable"));
        }
        last = result;
    }

    /** Empty until the first try has finished. */
    public java.util.Optional<Result> last() {
        return java.util.Optional.ofNullable(last);
    }
}

package de.thinka.kompass.handover.control;

import de.thinka.kompass.handover.boundary.PartnerAnswers;
import de.thinka.kompass.platform.cluster.JobLeadership;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Reads the partners' calendar answers (iTIP REPLY and COUNTER) from the reply mailbox over IMAP every
 * {@code kompass.handover.replies.poll-interval} and records them against the handover by UID. Unread mails
 * are read once and marked as read; mails without a calendar answer are left alone (read). Switched off while
 * {@code kompass.handover.replies.host} is not set. Logs never name addresses or contents.
 */
@Singleton
@Startup
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyMailbox {

    private static final Logger LOG = Logger.getLogger(ReplyMailbox.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLeadership leadership;

    @Inject
    PartnerAnswers answers;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.protocol", defaultValue = "imaps")
    String protocol;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.user", defaultValue = "")
    String user;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.folder", defaultValue = "INBOX")
    String folderName;

    @Inject
    @ConfigProperty(name = "kompass.handover.replies.poll-interval", defaultValue = "PT1M")
    String pollInterval;

    @PostConstruct
    void schedule() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("Reply mailbox: kompass.handover.replies.host is not set; calendar answers by mail are not read");
            return;
        }
        long every = Duration.parse(pollInterval).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("handover-replies", false));
        LOG.info(() -> "Reply mailbox: " + protocol + " every " + pollInterval);
    }

    @Timeout
    void poll() {
        if (!leadership.isLeader()) {
            return; // another instance of the cluster runs the background jobs
        }
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "5000");
        properties.put("mail." + protocol + ".timeout", "10000");
        Session session = Session.getInstance(properties);
        int seen = 0;
        int recorded = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host.orElseThrow(), port, user, password);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    seen++;
                    Optional<ItipMessage> answer = calendarText(message).flatMap(ItipMessages::parse);
                    if (answer.isPresent() && answers.record(answer.get())) {
                        recorded++;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Reply mailbox not read: " + e.getClass().getSimpleName());
        }
        if (seen > 0) {
            int found = seen;
            int done = recorded;
            LOG.info(() -> "Reply mailbox: " + found + " new mail(s), " + done + " answer(s) recorded");
        }
    }

    /** The first text/calendar (or .ics attachment) anywhere in the mail. */
    static Optional<String> calendarText(Part part) {
        try {
            if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = calendarText(child);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }
}

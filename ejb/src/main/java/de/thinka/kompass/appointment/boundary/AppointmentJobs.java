package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.BookingSettings;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due reminders and missed appointments every {@code kompass.booking.jobs-interval} (default one
 * minute). Each of the two runs in its own transaction; a run that fails is simply repeated next time.
 */
@Singleton
@Startup
@DependsOn("Database")
public class AppointmentJobs {

    private static final Logger LOG = Logger.getLogger(AppointmentJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLeadership leadership;

    @Inject
    BookingSettings settings;

    @Inject
    AppointmentHousekeeping housekeeping;

    @PostConstruct
    void schedule() {
        long interval = settings.jobsInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("appointment-jobs", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!leadership.isLeader()) {
            return; // another instance of the cluster runs the background jobs
        }
        try {
            int reminded = housekeeping.sendDueReminders();
            int missed = housekeeping.markNoShows();
            if (reminded + missed > 0) {
                LOG.fine(() -> "appointment jobs: " + reminded + " reminders, " + missed + " no-shows");
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "appointment jobs failed, next try in " + settings.jobsInterval() + ": "
                    + failed.getClass().getName());
        }
    }
}

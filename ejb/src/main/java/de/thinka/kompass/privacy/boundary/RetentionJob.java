package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.privacy.control.PrivacySettings;
import de.thinka.kompass.platform.cluster.JobLeadership;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
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
 * Runs the {@link Retention} once a day at {@code kompass.privacy.run-at} (default 03:30, offices' time). A run
 * that fails is logged (without data) and simply repeated the next day; every run is idempotent.
 */
@Singleton
@Startup
@DependsOn("Database")
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLeadership leadership;

    @Inject
    PrivacySettings settings;

    @Inject
    Retention retention;

    @PostConstruct
    void schedule() {
        if (!settings.dailyRun()) {
            LOG.warning("Privacy retention does not run by itself (kompass.privacy.daily-run=false)");
            return;
        }
        ScheduleExpression daily = new ScheduleExpression().timezone("Europe/Berlin")
                .hour(settings.runAt().getHour()).minute(settings.runAt().getMinute()).second(0);
        timers.createCalendarTimer(daily, new TimerConfig("privacy-retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!leadership.isLeader()) {
            return; // another instance of the cluster runs the background jobs
        }
        try {
            retention.run();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Privacy retention failed, next run tomorrow: " + failed.getClass().getName());
        }
    }
}

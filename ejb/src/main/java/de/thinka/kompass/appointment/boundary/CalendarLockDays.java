package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.control.BookingSettings;
import de.thinka.kompass.appointment.control.CalendarLocks;
import de.thinka.kompass.platform.cluster.JobLeadership;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a lock row for every counsellor and day of the coming booking window (and a little more), at start-up
 * and every night, so that a booking never has to create one (see {@link CalendarLocks}). Only H2 uses the rows:
 * on PostgreSQL bookings lock hours without rows, and {@link CalendarLocks#prepare} has nothing to do.
 */
@Singleton
@Startup
@DependsOn("Database")
public class CalendarLockDays {

    private static final Logger LOG = Logger.getLogger(CalendarLockDays.class.getName());
    /** Staff book up to a year ahead; online bookings reach eight weeks. */
    private static final int DAYS_AHEAD = 400;

    @Inject
    CalendarLocks locks;

    @Inject
    Clock clock;

    @Inject
    JobLeadership leadership;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        prepare();
    }

    /** Every night on the instance that runs the background jobs (at start on every instance: rows are idempotent). */
    @Schedule(hour = "2", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        if (leadership.isLeader()) {
            prepare();
        }
    }

    private void prepare() {
        LocalDate today = LocalDate.now(clock.withZone(BookingSettings.ZONE));
        try {
            int created = locks.prepare(today.minusDays(1), today.plusDays(DAYS_AHEAD));
            LOG.fine(() -> created + " calendar lock rows created");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "calendar lock rows not prepared (bookings create them as needed): "
                    + failed.getClass().getName());
        }
    }
}

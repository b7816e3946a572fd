package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.CalendarLock;
import de.thinka.kompass.platform.boundary.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The locks a booking takes on a counsellor's time before it looks for overlaps (decision 0007): two bookings
 * whose held times overlap always share a lock, so the later one waits and then sees the earlier one's row.
 * On PostgreSQL the lock is per counsellor and <em>hour</em> (an advisory transaction lock, no rows), so
 * bookings of one counsellor at different hours of a day go ahead in parallel; on H2 (the demo) it is the row
 * of the counsellor's <em>day</em> in {@code calendar_lock}, created ahead and, when missing, in a transaction
 * of its own so that two bookings creating it at the same moment never spoil each other's booking.
 */
@Stateless
public class CalendarLocks {

    static final Duration HOUR = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @Resource
    SessionContext context;

    /**
     * Locks the counsellor's time from {@code from} (inclusive) to {@code to} (exclusive) until the caller's
     * transaction ends, in ascending order (no deadlocks between bookings).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock(String counsellor, Instant from, Instant to) {
        if (database.isPostgreSql()) {
            for (long hour : hours(from, to)) {
                em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, ?2)) locked")
                        .setParameter(1, counsellor.hashCode()).setParameter(2, (int) hour).getSingleResult();
            }
            return;
        }
        LocalDate last = LocalDate.ofInstant(to, BookingSettings.ZONE);
        for (LocalDate day = LocalDate.ofInstant(from, BookingSettings.ZONE); !day.isAfter(last); day = day.plusDays(1)) {
            if (!lockDay(counsellor, day)) {
                try {
                    context.getBusinessObject(CalendarLocks.class).ensure(counsellor, day);
                } catch (EJBException createdMeanwhile) {
                    // another booking created the row at the same moment; it exists now, which is all we need
                }
                lockDay(counsellor, day);
            }
        }
    }

    /** The hours (counted from the epoch) that the time from {@code from} to {@code to} (exclusive) touches. */
    static List<Long> hours(Instant from, Instant to) {
        long first = Math.floorDiv(from.getEpochSecond(), HOUR.toSeconds());
        long last = Math.floorDiv(to.minusNanos(1).getEpochSecond(), HOUR.toSeconds());
        return LongStream.rangeClosed(first, Math.max(first, last)).boxed().toList();
    }

    /**
     * Creates the missing day rows of every active counsellor for the days from {@code from} to {@code to}, so
     * that bookings on H2 only ever lock existing rows; nothing to do on PostgreSQL. Returns the rows created.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prepare(LocalDate from, LocalDate to) {
        if (database.isPostgreSql()) {
            return 0;
        }
        List<String> counsellors = em.createQuery("select s.username from StaffAccount s where s.active = true"
                + " and de.thinka.kompass.staff.entity.Role.COUNSELLOR member of s.roles", String.class).getResultList();
        Set<CalendarLock.Key> existing = em.createQuery("select l from CalendarLock l where l.day between :from and :to",
                        CalendarLock.class).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(CalendarLock::key).collect(Collectors.toSet());
        int created = 0;
        for (String counsellor : counsellors) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!existing.contains(new CalendarLock.Key(counsellor, day))) {
                    em.persist(new CalendarLock(counsellor, day));
                    created++;
                }
            }
        }
        return created;
    }

    /** Creates the day row if it does not exist yet (its own transaction; losing that race is fine). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String counsellor, LocalDate day) {
        if (em.find(CalendarLock.class, new CalendarLock.Key(counsellor, day)) == null) {
            em.persist(new CalendarLock(counsellor, day));
            em.flush();
        }
    }

    /** SELECT ... FOR UPDATE on the counsellor's day in the caller's transaction; false if the row is missing. */
    private boolean lockDay(String counsellor, LocalDate day) {
        return em.find(CalendarLock.class, new CalendarLock.Key(counsellor, day), LockModeType.PESSIMISTIC_WRITE) != null;
    }
}

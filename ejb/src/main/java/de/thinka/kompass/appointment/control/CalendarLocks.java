package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.CalendarLock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows a booking locks per counsellor and day. A missing row is created in a transaction of its own, so
 * that two bookings creating it at the same moment never spoil each other's booking transaction.
 */
@Stateless
public class CalendarLocks {

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the missing rows of every active counsellor for the days from {@code from} to {@code to}, so that
     * bookings in that range only ever lock existing rows (no second transaction, no second connection).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prepare(LocalDate from, LocalDate to) {
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

    /** Creates the row if it does not exist yet (its own transaction; losing that race is fine). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String counsellor, LocalDate day) {
        if (em.find(CalendarLock.class, new CalendarLock.Key(counsellor, day)) == null) {
            em.persist(new CalendarLock(counsellor, day));
            em.flush();
        }
    }

    /** SELECT ... FOR UPDATE on the counsellor's day in the caller's transaction; false if the row is missing. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean lockIfPresent(String counsellor, LocalDate day) {
        return em.find(CalendarLock.class, new CalendarLock.Key(counsellor, day), LockModeType.PESSIMISTIC_WRITE) != null;
    }
}

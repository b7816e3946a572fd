package de.thinka.kompass.appointment.control;

import de.thinka.kompass.appointment.entity.CalendarLock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * The rows a booking locks per counsellor and day. A missing row is created in a transaction of its own, so
 * that two bookings creating it at the same moment never spoil each other's booking transaction.
 */
@Stateless
public class CalendarLocks {

    @PersistenceContext
    EntityManager em;

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

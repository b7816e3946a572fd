package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.BusinessException;

/** Bookings the rules refuse; each kind maps to its HTTP status in the web module. */
public abstract class AppointmentProblem extends BusinessException {

    private static final long serialVersionUID = 1L;

    protected AppointmentProblem(Reason reason, String key, Object... arguments) {
        super(reason, key, arguments);
    }

    /** Input that can never be booked as given (missing name, bad e-mail, too soon, ...). */
    public static class Invalid extends AppointmentProblem {
        private static final long serialVersionUID = 1L;

        public Invalid(String key, Object... arguments) {
            super(Reason.INVALID, key, arguments);
        }
    }

    /** The time is no longer free, or the booking is no longer open: "Dieser Termin ist leider gerade vergeben". */
    public static class Conflict extends AppointmentProblem {
        private static final long serialVersionUID = 1L;

        public Conflict(String key, Object... arguments) {
            super(Reason.CONFLICT, key, arguments);
        }
    }

    /** No booking behind this link or reference. */
    public static class NotFound extends AppointmentProblem {
        private static final long serialVersionUID = 1L;

        public NotFound(String key, Object... arguments) {
            super(Reason.NOT_FOUND, key, arguments);
        }
    }

    public static Conflict slotTaken() {
        return new Conflict("slot-taken");
    }

    public static NotFound unknownBooking() {
        return new NotFound("unknown-booking");
    }
}

package de.thinka.kompass.appointment.entity;

import de.thinka.kompass.platform.boundary.Refusal;

/** The appointment refusals named more than once; the others are plain {@link Refusal}s. */
public final class AppointmentProblem {

    private AppointmentProblem() {
    }

    /** "Dieser Termin ist leider gerade vergeben": the time is no longer free. */
    public static Refusal slotTaken() {
        return Refusal.conflict("slot-taken");
    }

    public static Refusal unknownBooking() {
        return Refusal.notFound("unknown-booking");
    }
}

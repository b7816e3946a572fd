package de.thinka.kompass.appointment.boundary;

import de.thinka.kompass.appointment.entity.Appointment;
import de.thinka.kompass.audit.boundary.AuditSubject;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;

/** An appointment with the office and concern it belongs to and the counsellor's display name (read only). */
public record BookingFacts(Appointment appointment, Office office, Concern concern, String counsellorName) implements AuditSubject {

    @Override
    public String auditType() {
        return "booking";
    }

    @Override
    public String auditId() {
        return appointment.reference();
    }

    @Override
    public String auditOffice() {
        return appointment.officeId();
    }
}

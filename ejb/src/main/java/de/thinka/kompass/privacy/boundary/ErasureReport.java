package de.thinka.kompass.privacy.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;

import java.util.Locale;

/** What an erasure on request did, as counts; future bookings among them were cancelled first. */
public record ErasureReport(SubjectQuery.Kind searchedBy, int bookings, int cancelled, int tickets, int handovers,
                            int mails) implements AuditSubject {

    @Override
    public String auditType() {
        return "request";
    }

    @Override
    public String auditId() {
        return searchedBy.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String auditOffice() {
        return null;
    }
}

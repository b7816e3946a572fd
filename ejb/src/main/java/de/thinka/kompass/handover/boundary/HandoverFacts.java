package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.audit.boundary.AuditSubject;
import de.thinka.kompass.handover.entity.Handover;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.office.entity.Concern;
import de.thinka.kompass.office.entity.Office;

/**
 * A handover with what belongs to it: office, partner, the counsellor's name and address (organiser of the
 * invitation; the office's address when the counsellor has none), and the concern (may be null).
 */
public record HandoverFacts(Handover handover, Office office, String counsellorName, String organizerEmail,
                            Concern concern) implements AuditSubject {

    @Override
    public String auditType() {
        return handover.auditType();
    }

    @Override
    public String auditId() {
        return handover.auditId();
    }

    @Override
    public String auditOffice() {
        return handover.auditOffice();
    }

    public PartnerContact contact() {
        return handover.contact();
    }

    public Partner partner() {
        return handover.contact().partner();
    }
}

package de.thinka.kompass.handover.boundary;

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
                            Concern concern) {

    public PartnerContact contact() {
        return handover.contact();
    }

    public Partner partner() {
        return handover.contact().partner();
    }
}

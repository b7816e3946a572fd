package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.handover.entity.HandoverProblem;
import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.boundary.RoleMissing;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The partner directory: every staff member reads it, ADMIN maintains it. */
@Stateless
public class PartnerDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory offices;

    /** Active partners, optionally only those serving one office. */
    public List<Partner> partners(String officeId) {
        currentStaff.account();
        return em.createNamedQuery(Partner.ALL, Partner.class).getResultStream()
                .filter(Partner::active)
                .filter(partner -> officeId == null || officeId.isBlank() || partner.serves(officeId))
                .toList();
    }

    public Partner partner(String id) {
        currentStaff.account();
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw new HandoverProblem.NotFound("unknown-partner", id);
        }
        return partner;
    }

    public Partner create(String id, String name, String type, Address address, String phone, Set<String> officeIds) {
        requireAdmin();
        if (blank(id) || !id.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw new HandoverProblem.Invalid("partner-id");
        }
        if (blank(name) || address == null || blank(address.street()) || blank(address.postalCode()) || blank(address.city())) {
            throw new HandoverProblem.Invalid("partner-incomplete");
        }
        if (em.find(Partner.class, id) != null) {
            throw new HandoverProblem.Conflict("partner-exists", id);
        }
        if (officeIds == null || officeIds.isEmpty()) {
            throw new HandoverProblem.Invalid("partner-incomplete");
        }
        officeIds.forEach(offices::office);
        Partner partner = new Partner(id, name.strip(), type(type), address, phone, officeIds);
        em.persist(partner);
        return partner;
    }

    public PartnerContact addContact(String partnerId, String name, String email, String phone) {
        requireAdmin();
        Partner partner = partner(partnerId);
        if (blank(name) || blank(email)) {
            throw new HandoverProblem.Invalid("contact-incomplete");
        }
        try {
            new InternetAddress(email.strip(), true).validate();
        } catch (AddressException e) {
            throw new HandoverProblem.Invalid("contact-email");
        }
        PartnerContact contact = partner.addContact(name.strip(), email.strip(), phone);
        em.persist(contact);
        em.flush();
        return contact;
    }

    public void deactivateContact(long contactId) {
        requireAdmin();
        PartnerContact contact = em.find(PartnerContact.class, contactId);
        if (contact == null) {
            throw new HandoverProblem.NotFound("unknown-partner-contact", contactId);
        }
        contact.deactivate();
    }

    private void requireAdmin() {
        StaffAccount caller = currentStaff.account();
        if (!caller.has(Role.ADMIN)) {
            throw new RoleMissing();
        }
    }

    private static PartnerType type(String value) {
        try {
            return PartnerType.valueOf(value == null ? "OTHER" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HandoverProblem.Invalid("partner-type", value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package de.thinka.kompass.handover.boundary;

import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.audit.boundary.Audited;

import de.thinka.kompass.handover.entity.Partner;
import de.thinka.kompass.handover.entity.PartnerContact;
import de.thinka.kompass.handover.entity.PartnerType;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.Role;
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
            throw Refusal.notFound("unknown-partner", id);
        }
        return partner;
    }

    @Audited("admin.partner.create")
    public Partner create(@AuditObject("partner") String id, String name, String type, Address address, String phone, Set<String> officeIds) {
        currentStaff.requireRole(Role.ADMIN);
        if (blank(id) || !id.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw Refusal.invalid("partner-id");
        }
        requireComplete(name, address, officeIds);
        if (em.find(Partner.class, id) != null) {
            throw Refusal.conflict("partner-exists", id);
        }
        Partner partner = new Partner(id, name.strip(), type(type), address, phone, officeIds);
        em.persist(partner);
        return partner;
    }

    @Audited("admin.partner.change")
    public Partner change(@AuditObject("partner") String id, String name, String type, Address address, String phone,
                          Set<String> officeIds) {
        currentStaff.requireRole(Role.ADMIN);
        Partner partner = partner(id);
        requireComplete(name, address, officeIds);
        partner.change(name.strip(), type(type), address, blank(phone) ? null : phone.strip(), officeIds);
        return partner;
    }

    /** The partner is no longer offered for new handovers; existing handovers keep it. */
    @Audited("admin.partner.deactivate")
    public void deactivate(@AuditObject("partner") String id) {
        currentStaff.requireRole(Role.ADMIN);
        partner(id).deactivate();
    }

    private void requireComplete(String name, Address address, Set<String> officeIds) {
        if (blank(name) || address == null || blank(address.street()) || blank(address.postalCode()) || blank(address.city())
                || officeIds == null || officeIds.isEmpty()) {
            throw Refusal.invalid("partner-incomplete");
        }
        officeIds.forEach(offices::office);
    }

    @Audited("admin.partner.contact-add")
    public PartnerContact addContact(@AuditObject("partner") String partnerId, String name, String email, String phone) {
        currentStaff.requireRole(Role.ADMIN);
        Partner partner = partner(partnerId);
        if (blank(name) || blank(email)) {
            throw Refusal.invalid("contact-incomplete");
        }
        try {
            new InternetAddress(email.strip(), true).validate();
        } catch (AddressException e) {
            throw Refusal.invalid("contact-email");
        }
        PartnerContact contact = partner.addContact(name.strip(), email.strip(), phone);
        em.persist(contact);
        em.flush();
        return contact;
    }

    @Audited("admin.partner.contact-deactivate")
    public void deactivateContact(@AuditObject("contact") long contactId) {
        currentStaff.requireRole(Role.ADMIN);
        PartnerContact contact = em.find(PartnerContact.class, contactId);
        if (contact == null) {
            throw Refusal.notFound("unknown-partner-contact", contactId);
        }
        contact.deactivate();
    }


    private static PartnerType type(String value) {
        try {
            return PartnerType.valueOf(value == null ? "OTHER" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("partner-type", value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

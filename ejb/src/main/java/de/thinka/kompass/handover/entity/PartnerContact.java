package de.thinka.kompass.handover.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person at a partner agency who receives handover invitations. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact {

    @Id
    @SequenceGenerator(name = "partner_contact_seq", sequenceName = "partner_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_contact_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String name;

    private String email;

    private String phone;

    private boolean active;

    protected PartnerContact() {
        // JPA
    }

    PartnerContact(Partner partner, String name, String email, String phone) {
        this.partner = partner;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.active = true;
    }

    /** The person left the agency: no new handovers to them, old ones keep their address. */
    public void deactivate() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public Partner partner() {
        return partner;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerContact contact && id != null && id.equals(contact.id);
    }

    @Override
    public int hashCode() {
        return PartnerContact.class.hashCode();
    }
}

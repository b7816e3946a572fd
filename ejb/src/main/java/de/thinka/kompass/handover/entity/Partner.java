package de.thinka.kompass.handover.entity;

import de.thinka.kompass.office.entity.Address;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A partner agency clients are handed over to, with the offices it serves and its contact persons. */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.ALL, query = "select p from Partner p order by p.name")
public class Partner {

    public static final String ALL = "Partner.all";

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerType type;

    @Embedded
    private Address address;

    private String phone;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_office", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "office_id")
    private Set<String> offices = new HashSet<>();

    @OneToMany(mappedBy = "partner", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("name")
    private List<PartnerContact> contacts = new ArrayList<>();

    @Version
    private int version;

    protected Partner() {
        // JPA
    }

    public Partner(String id, String name, PartnerType type, Address address, String phone, Set<String> offices) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.address = address;
        this.phone = phone;
        this.active = true;
        this.offices = new HashSet<>(offices);
    }

    /** Corrected details (name, kind, address, phone, the offices it serves); its handovers keep their history. */
    public void change(String name, PartnerType type, Address address, String phone, Set<String> offices) {
        this.name = name;
        this.type = type;
        this.address = address;
        this.phone = phone;
        this.offices = new HashSet<>(offices);
    }

    /** No longer offered for new handovers; existing handovers and their answers stay as they are. */
    public void deactivate() {
        this.active = false;
    }

    /** A new contact person of this partner. */
    public PartnerContact addContact(String contactName, String email, String contactPhone) {
        PartnerContact contact = new PartnerContact(this, contactName, email, contactPhone);
        contacts.add(contact);
        return contact;
    }

    public boolean serves(String officeId) {
        return offices.contains(officeId);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartnerType type() {
        return type;
    }

    public Address address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public boolean active() {
        return active;
    }

    public SortedSet<String> offices() {
        return new TreeSet<>(offices);
    }

    public List<PartnerContact> contacts() {
        return List.copyOf(contacts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Partner partner && id != null && id.equals(partner.id);
    }

    @Override
    public int hashCode() {
        return Partner.class.hashCode();
    }
}

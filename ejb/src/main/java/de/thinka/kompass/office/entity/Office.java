package de.thinka.kompass.office.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A KOMPASS counselling point. */
@Entity
@Cacheable
@Table(name = "office")
@NamedQuery(name = Office.ALL, query = "select o from Office o order by o.name")
public class Office {

    public static final String ALL = "Office.all";

    @Id
    private String id;

    private String name;

    @Column(name = "ticket_prefix")
    private String ticketPrefix;

    @Embedded
    private Address address;

    private String phone;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_opening_hours", joinColumns = @JoinColumn(name = "office_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_desk", joinColumns = @JoinColumn(name = "office_id"))
    @OrderBy("position")
    private List<Desk> desks = new ArrayList<>();

    @Version
    private int version;

    protected Office() {
        // JPA
    }

    public Office(String id, OfficeDetails details) {
        this.id = id;
        change(details);
    }

    /** New name, ticket prefix, address and contact details. */
    public void change(OfficeDetails details) {
        this.name = details.name();
        this.ticketPrefix = details.ticketPrefix();
        this.address = details.address();
        this.phone = details.phone();
        this.email = details.email();
    }

    /** A new room or desk at the end of the list; its code must be new in this office. */
    public Desk addDesk(String code, String deskName) {
        if (desk(code).isPresent()) {
            throw new IllegalArgumentException("desk code taken");
        }
        Desk desk = new Desk(code, deskName, desks.stream().mapToInt(Desk::position).max().orElse(0) + 1);
        desks.add(desk);
        return desk;
    }

    public void renameDesk(String code, String deskName) {
        int index = desks.indexOf(desk(code).orElseThrow());
        Desk old = desks.get(index);
        desks.set(index, new Desk(old.code(), deskName, old.position()));
    }

    public void removeDesk(String code) {
        desks.removeIf(desk -> desk.code().equals(code));
    }

    /** Replaces the opening periods of one weekday (none: closed that day). */
    public void changeOpeningHours(DayOfWeek day, List<OpeningHours> periods) {
        openingHours.removeIf(hours -> hours.day() == day);
        openingHours.addAll(periods);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Letter in front of this office's ticket numbers, e.g. "A" for A-017. */
    public String ticketPrefix() {
        return ticketPrefix;
    }

    public Address address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    /** Opening periods ordered by weekday and time. */
    public List<OpeningHours> openingHours() {
        return openingHours.stream()
                .sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                .toList();
    }

    public List<OpeningHours> openingHoursOn(DayOfWeek day) {
        return openingHours().stream().filter(hours -> hours.day() == day).toList();
    }

    public List<Desk> desks() {
        return List.copyOf(desks);
    }

    public Optional<Desk> desk(String code) {
        return desks.stream().filter(desk -> desk.code().equals(code)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office office && id != null && id.equals(office.id);
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}

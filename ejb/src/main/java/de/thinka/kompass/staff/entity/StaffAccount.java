package de.thinka.kompass.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A staff member's login, roles and offices. The password hash never leaves this entity. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.DISPLAY_NAME, query = "select s.displayName from StaffAccount s where s.username = :username")
public class StaffAccount {

    /** Only the name shown to citizens (one query; the whole account also loads its roles and offices). */
    public static final String DISPLAY_NAME = "StaffAccount.displayName";

    @Id
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    /** Set when ADMIN created the account or reset its password: the person chooses their own at next login. */
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;

    /** Own address of the person (organiser of their handover invitations); may be null. */
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_office", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "office_id")
    private Set<String> offices = new HashSet<>();

    @Version
    private int version;

    protected StaffAccount() {
        // JPA
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<Role> roles, Set<String> offices) {
        if (username == null || username.isBlank() || roles.isEmpty() || offices.isEmpty()) {
            throw new IllegalArgumentException("an account needs a username, a role and an office");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = true;
        this.roles = new HashSet<>(roles);
        this.offices = new HashSet<>(offices);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Ids of the offices this person works for, sorted. */
    public SortedSet<String> offices() {
        return new TreeSet<>(offices);
    }

    /** The stored PBKDF2 hash, only for checking a password; never shown anywhere. */
    public String passwordHash() {
        return passwordHash;
    }

    /** The person chose this password themselves. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** ADMIN gave a one-time password; the person must replace it at their next login. */
    public void resetPassword(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.passwordChangeRequired = true;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** New name, address, roles and offices; an account always keeps at least one role and one office. */
    public void change(String newDisplayName, String newEmail, Set<Role> newRoles, Set<String> newOffices) {
        if (newRoles.isEmpty() || newOffices.isEmpty()) {
            throw new IllegalArgumentException("an account needs a role and an office");
        }
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.roles = new HashSet<>(newRoles);
        this.offices = new HashSet<>(newOffices);
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    /** The person can no longer log in; their open sessions end at the next page they open. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Whether this person may act for the office: only for their own office(s). */
    public boolean worksFor(String officeId) {
        return active && offices.contains(officeId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffAccount account && username != null && username.equals(account.username);
    }

    @Override
    public int hashCode() {
        return StaffAccount.class.hashCode();
    }
}

package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.audit.boundary.AuditObject;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.staff.control.OneTimePasswords;
import de.thinka.kompass.staff.control.PasswordHashing;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * ADMIN keeps the staff accounts: create with roles and offices, change, deactivate and reactivate, reset the
 * password. New and reset accounts get a one-time password, returned once and never stored in clear; the person
 * chooses their own at the next login. The last active administrator can neither be deactivated nor lose the role.
 */
@Stateless
public class StaffAccounts {

    /** What ADMIN enters about a person; roles as their names (ADMIN, RECEPTION, COUNSELLOR). */
    public record StaffDetails(String displayName, String email, Set<String> roles, Set<String> offices) {
    }

    /** The account and its one-time password, to be shown to ADMIN exactly once. */
    public record OneTimeLogin(String username, String password) {
    }

    /** Fired after an account's activity or roles changed; observed after commit (availability, sessions). */
    public record AccountChanged(String username) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory offices;

    @Inject
    PasswordHashing passwords;

    @Inject
    Event<AccountChanged> changed;

    public List<StaffAccount> all() {
        currentStaff.requireRole(Role.ADMIN);
        return em.createQuery("select s from StaffAccount s order by s.username", StaffAccount.class).getResultList();
    }

    @Audited("admin.staff.create")
    public OneTimeLogin create(@AuditObject("staff") String username, StaffDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
            throw Refusal.invalid("staff-username");
        }
        if (em.find(StaffAccount.class, name) != null) {
            throw Refusal.conflict("staff-exists", name);
        }
        String password = OneTimePasswords.next();
        StaffAccount account = new StaffAccount(name, displayName(details), passwords.hash(password),
                roles(details.roles()), offices(details.offices()));
        account.changeEmail(email(details.email()));
        account.resetPassword(account.passwordHash());
        em.persist(account);
        return new OneTimeLogin(name, password);
    }

    @Audited("admin.staff.change")
    public StaffAccount change(@AuditObject("staff") String username, StaffDetails details) {
        currentStaff.requireRole(Role.ADMIN);
        StaffAccount account = locked(username);
        Set<Role> roles = roles(details.roles());
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.change(displayName(details), email(details.email()), roles, offices(details.offices()));
        changed.fire(new AccountChanged(account.username()));
        return account;
    }

    /** The person can no longer log in, and their open sessions end at the next page they open. */
    @Audited("admin.staff.deactivate")
    public void deactivate(@AuditObject("staff") String username) {
        StaffAccount me = currentStaff.requireRole(Role.ADMIN);
        StaffAccount account = locked(username);
        if (account.equals(me)) {
            throw Refusal.conflict("staff-own-account");
        }
        requireAnotherAdmin(account);
        account.deactivate();
        changed.fire(new AccountChanged(account.username()));
    }

    @Audited("admin.staff.reactivate")
    public void reactivate(@AuditObject("staff") String username) {
        currentStaff.requireRole(Role.ADMIN);
        locked(username).reactivate();
        changed.fire(new AccountChanged(username));
    }

    /** A new one-time password; the old password stops working at once. */
    @Audited("admin.staff.password-reset")
    public OneTimeLogin resetPassword(@AuditObject("staff") String username) {
        currentStaff.requireRole(Role.ADMIN);
        StaffAccount account = locked(username);
        String password = OneTimePasswords.next();
        account.resetPassword(passwords.hash(password));
        return new OneTimeLogin(account.username(), password);
    }

    private StaffAccount locked(String username) {
        StaffAccount account = username == null ? null
                : em.find(StaffAccount.class, username, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (account == null) {
            throw Refusal.notFound("unknown-staff", username == null ? "" : username);
        }
        return account;
    }

    /** Refuses when this account is the last active administrator. */
    private void requireAnotherAdmin(StaffAccount account) {
        if (!account.has(Role.ADMIN) || !account.active()) {
            return;
        }
        long others = em.createQuery("select count(s) from StaffAccount s join s.roles r where r = :admin"
                        + " and s.active = true and s.username <> :me", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("me", account.username()).getSingleResult();
        if (others == 0) {
            throw Refusal.conflict("last-admin");
        }
    }

    private static String displayName(StaffDetails details) {
        String name = details.displayName() == null ? "" : details.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw Refusal.invalid("staff-name", 120);
        }
        return name;
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            new InternetAddress(email.strip(), true).validate();
        } catch (AddressException e) {
            throw Refusal.invalid("staff-email");
        }
        return email.strip();
    }

    private static Set<Role> roles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw Refusal.invalid("staff-roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw Refusal.invalid("staff-unknown-role", name);
            }
        }
        return roles;
    }

    private Set<String> offices(Set<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw Refusal.invalid("staff-offices");
        }
        Set<String> checked = new TreeSet<>();
        ids.forEach(id -> checked.add(offices.office(id).id()));
        return checked;
    }
}

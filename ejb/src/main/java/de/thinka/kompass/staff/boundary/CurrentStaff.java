package de.thinka.kompass.staff.boundary;

import de.thinka.kompass.audit.boundary.Audited;
import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.staff.control.PasswordHashing;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.Arrays;

/** Who is calling, and may they act for this office? Used by every staff boundary. */
@Stateless
public class CurrentStaff {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficeDirectory offices;

    @Inject
    PasswordHashing passwords;

    /** The caller's account; refuses anonymous callers and deactivated accounts. */
    public StaffAccount account() {
        Principal caller = session.getCallerPrincipal();
        StaffAccount account = caller == null ? null : em.find(StaffAccount.class, caller.getName());
        if (account == null || !account.active()) {
            throw new NotLoggedIn();
        }
        return account;
    }

    /**
     * The office, if the caller works for it: {@link de.thinka.kompass.office.boundary.UnknownOffice} when
     * there is no such office, {@link NotYourOffice} when it is someone else's.
     */
    public Office requireOffice(String officeId) {
        return requireOffice(officeId, Role.values());
    }

    /**
     * As {@link #requireOffice(String)}, and the caller must have one of the roles. Roles are read from the
     * account itself, not from the container's role check, which refused valid callers under concurrent load
     * on Payara 6.2025.9 (docs/decisions/0005).
     */
    public Office requireOffice(String officeId, Role... roles) {
        Office office = offices.office(officeId);
        StaffAccount account = account();
        if (!account.worksFor(office.id())) {
            throw new NotYourOffice(officeId);
        }
        if (Arrays.stream(roles).noneMatch(account::has)) {
            throw new RoleMissing();
        }
        return office;
    }

    /** The caller's account if it has one of the roles (for work that belongs to no single office). */
    public StaffAccount requireRole(Role... roles) {
        StaffAccount account = account();
        if (Arrays.stream(roles).noneMatch(account::has)) {
            throw new RoleMissing();
        }
        return account;
    }

    /** A staff member changes their own password; the current one must be given again. */
    @Audited("staff.password-change")
    public void changePassword(String currentPassword, String newPassword) {
        StaffAccount account = account();
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw PasswordRefused.wrongCurrentPassword();
        }
        if (newPassword == null || newPassword.strip().length() < PasswordHashing.MINIMUM_LENGTH) {
            throw PasswordRefused.tooShort(PasswordHashing.MINIMUM_LENGTH);
        }
        if (newPassword.equals(currentPassword)) {
            throw PasswordRefused.unchanged();
        }
        account.changePassword(passwords.hash(newPassword));
    }
}

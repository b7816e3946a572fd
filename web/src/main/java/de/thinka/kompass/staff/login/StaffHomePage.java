package de.thinka.kompass.staff.login;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The staff start page after login: who is logged in, for which offices, in which roles. */
@Named
@RequestScoped
public class StaffHomePage {

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OfficeDirectory offices;

    private StaffAccount account;

    public StaffAccount getAccount() {
        if (account == null) {
            account = currentStaff.account();
        }
        return account;
    }

    public List<String> getOfficeNames() {
        return getAccount().offices().stream().map(id -> offices.office(id).name()).toList();
    }

    public List<String> getRoles() {
        return getAccount().roles().stream().map(Enum::name).sorted().toList();
    }
}

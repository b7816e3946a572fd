package de.thinka.kompass.staff.pages;

import de.thinka.kompass.office.boundary.OfficeDirectory;
import de.thinka.kompass.office.entity.Office;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.staff.boundary.StaffAccounts;
import de.thinka.kompass.staff.boundary.StaffAccounts.OneTimeLogin;
import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * ADMIN's staff account pages: the list with the form for a new account (/intern/admin/konten.xhtml) and one
 * account (/intern/admin/konto.xhtml?name=...), which shows a just created one-time password once.
 */
@Named
@RequestScoped
public class StaffAccountsPage {

    @Inject
    StaffAccounts accounts;

    @Inject
    OfficeDirectory offices;

    @Inject
    FacesContext faces;

    private List<StaffAccount> all;
    private StaffAccount account;
    private OneTimeLogin oneTime;

    /** For the account page: the account named in the address, and a one-time password waiting to be shown. */
    public void load() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Map<String, String> parameters = external.getRequestParameterMap();
        String name = parameters.getOrDefault("name", parameters.get("username"));
        account = getAccounts().stream().filter(a -> a.username().equals(name)).findFirst().orElse(null);
        if (account == null) {
            external.responseSendError(404, "unknown account");
            faces.responseComplete();
            return;
        }
        Object waiting = external.getSessionMap().remove(StaffForms.ONE_TIME);
        if (waiting instanceof OneTimeLogin login && login.username().equals(account.username())) {
            oneTime = login;
        }
    }

    public List<StaffAccount> getAccounts() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public StaffAccount getAccount() {
        return account;
    }

    public OneTimeLogin getOneTime() {
        return oneTime;
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<Office> getOffices() {
        return offices.offices();
    }

    /** Whether the box of a role or office is ticked: as entered after a refusal, else as stored. */
    public boolean ticked(String field, String value, boolean stored) {
        ExternalContext external = faces.getExternalContext();
        if (FormAnswers.refusal(external.getRequestMap()) != null) {
            String[] entered = external.getRequestParameterValuesMap().get(field);
            return entered != null && Arrays.asList(entered).contains(value);
        }
        return stored;
    }

    /** An account's roles in a fixed order, for the list. */
    public List<String> roles(StaffAccount a) {
        return a.roles().stream().map(Role::name).sorted().toList();
    }
}

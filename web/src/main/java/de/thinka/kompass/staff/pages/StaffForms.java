package de.thinka.kompass.staff.pages;

import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.staff.boundary.StaffAccounts;
import de.thinka.kompass.staff.boundary.StaffAccounts.OneTimeLogin;
import de.thinka.kompass.staff.boundary.StaffAccounts.StaffDetails;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * The staff account pages' forms: a new account (list page); on one account's page its changes, deactivation,
 * reactivation and a password reset. A one-time password goes to the next page through the session (never in
 * an address), is shown there once and removed.
 */
@WebServlet("/intern/admin/konten-aktion")
public class StaffForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String LIST_PAGE = "/intern/admin/konten.xhtml";
    static final String ACCOUNT_PAGE = "/intern/admin/konto.xhtml";
    /** Session attribute with the {@link OneTimeLogin} to show once. */
    static final String ONE_TIME = "kompass.oneTimeLogin";

    @Inject
    StaffAccounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        FormAnswers.answerForItem(request, response, LIST_PAGE, ACCOUNT_PAGE, "name",
                action -> act(action, request.getParameter("username"), request));
    }

    private String act(String action, String username, HttpServletRequest request) {
        switch (action) {
            case "anlegen" -> {
                return shownOnce(request, accounts.create(username, details(request)));
            }
            case "aendern" -> accounts.change(username, details(request));
            case "deaktivieren" -> accounts.deactivate(username);
            case "reaktivieren" -> accounts.reactivate(username);
            case "passwort" -> shownOnce(request, accounts.resetPassword(username));
            default -> throw new InvalidInput("field-missing", "aktion");
        }
        return username;
    }

    private static String shownOnce(HttpServletRequest request, OneTimeLogin login) {
        request.getSession().setAttribute(ONE_TIME, login);
        return login.username();
    }

    private static StaffDetails details(HttpServletRequest request) {
        return new StaffDetails(request.getParameter("displayName"), request.getParameter("email"),
                values(request.getParameterValues("role")), values(request.getParameterValues("office")));
    }

    private static Set<String> values(String[] values) {
        return values == null ? Set.of() : Set.copyOf(Arrays.asList(values));
    }
}

package de.thinka.kompass.staff.login;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import de.thinka.kompass.staff.entity.StaffAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Every staff page looks at the logged-in account again (one primary-key read): a session of an account ADMIN
 * deactivated ends here and goes to the login page; someone with a one-time password is sent to the password
 * page until they chose their own.
 */
@WebFilter({"/intern/*", "/empfang/*", "/beratung/*", "/termine/*"})
public class StaffSessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/intern/passwort.xhtml";
    static final String PASSWORD_FORM = "/intern/passwort-aktion";

    @Inject
    CurrentStaff currentStaff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        StaffAccount account;
        try {
            account = currentStaff.account();
        } catch (BusinessException deactivated) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + StaffAuthentication.LOGIN_PAGE + "?deaktiviert");
            return;
        }
        String path = request.getServletPath();
        if (account.passwordChangeRequired() && !PASSWORD_PAGE.equals(path) && !PASSWORD_FORM.equals(path)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?neu");
            return;
        }
        chain.doFilter(request, response);
    }
}

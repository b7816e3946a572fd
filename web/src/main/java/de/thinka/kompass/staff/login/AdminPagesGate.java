package de.thinka.kompass.staff.login;

import de.thinka.kompass.staff.entity.Role;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The administration pages and forms (/intern/admin/...) answer 403 to staff without the ADMIN role before any
 * page is built; the boundaries check again (docs/decisions/0005: roles from the account).
 */
@WebFilter("/intern/admin/*")
public class AdminPagesGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff currentStaff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            currentStaff.requireRole(Role.ADMIN);
        } catch (BusinessException refused) {
            response.sendError(refused.reason() == BusinessException.Reason.UNAUTHENTICATED ? 401 : 403);
            return;
        }
        chain.doFilter(request, response);
    }
}

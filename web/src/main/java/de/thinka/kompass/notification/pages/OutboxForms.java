package de.thinka.kompass.notification.pages;

import de.thinka.kompass.notification.boundary.OutboxAdmin;
import de.thinka.kompass.platform.boundary.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The retry button of the outbox page (POST-redirect-GET); ADMIN is checked in {@link OutboxAdmin}. */
@WebServlet("/intern/postausgang/wiederholen")
public class OutboxForms extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxAdmin admin;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result;
        try {
            admin.retry(Long.parseLong(request.getParameter("id")));
            result = "?wiederholt";
        } catch (NumberFormatException | BusinessException refused) {
            result = "?fehler";
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/intern/postausgang.xhtml" + result);
    }
}

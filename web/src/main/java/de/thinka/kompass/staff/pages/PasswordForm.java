package de.thinka.kompass.staff.pages;

import de.thinka.kompass.platform.boundary.Refusal;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.staff.boundary.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Every staff member changes their own password on /intern/passwort.xhtml (also after a one-time password). */
@WebServlet("/intern/passwort-aktion")
public class PasswordForm extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/intern/passwort.xhtml";

    @Inject
    CurrentStaff currentStaff;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        FormAnswers.answer(request, response, PAGE, () -> {
            String repeated = request.getParameter("repeat");
            String chosen = request.getParameter("new");
            if (chosen != null && !chosen.equals(repeated)) {
                throw Refusal.invalid("password-mismatch");
            }
            currentStaff.changePassword(request.getParameter("current"), chosen);
            return PAGE + "?meldung=geaendert";
        });
    }
}

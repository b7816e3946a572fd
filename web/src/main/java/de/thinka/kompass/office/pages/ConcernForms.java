package de.thinka.kompass.office.pages;

import de.thinka.kompass.office.boundary.Concerns;
import de.thinka.kompass.office.boundary.Concerns.ConcernDetails;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The concern categories page's forms: a new concern, or the changes to one ({@code id} given). */
@WebServlet("/intern/admin/anliegen-aktion")
public class ConcernForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/intern/admin/anliegen.xhtml";

    @Inject
    Concerns concerns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        FormAnswers.answer(request, response, PAGE, () -> {
            String id = request.getParameter("id");
            boolean creating = id == null || id.isBlank();
            ConcernDetails details = new ConcernDetails(request.getParameter("nameDe"), request.getParameter("nameEn"),
                    FormNumbers.whole(request.getParameter("minutes")), request.getParameter("bookableOnline") != null,
                    creating || request.getParameter("active") != null);
            String done = creating ? concerns.create(details).id() : concerns.change(id, details).id();
            return PAGE + "?meldung=" + (creating ? "angelegt" : "geaendert") + "#anliegen-" + done;
        });
    }
}

package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.PartnerDirectory;
import de.thinka.kompass.office.entity.Address;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/** The partner page's forms: a new partner, corrected details, a partner no longer offered, contact persons. */
@WebServlet("/intern/admin/partner-aktion")
public class PartnerForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/intern/admin/partner.xhtml";

    @Inject
    PartnerDirectory partners;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String action = String.valueOf(request.getParameter("aktion"));
        FormAnswers.answer(request, response, PAGE, () -> {
            String partner = switch (action) {
                case "anlegen" -> partners.create(request.getParameter("id"), request.getParameter("name"),
                        request.getParameter("type"), address(request), request.getParameter("phone"),
                        offices(request.getParameterValues("office"))).id();
                case "aendern" -> partners.change(request.getParameter("partner"), request.getParameter("name"),
                        request.getParameter("type"), address(request), request.getParameter("phone"),
                        offices(request.getParameterValues("office"))).id();
                case "deaktivieren" -> {
                    partners.deactivate(request.getParameter("partner"));
                    yield "";
                }
                case "kontakt-neu" -> partners.addContact(request.getParameter("partner"), request.getParameter("contactName"),
                        request.getParameter("contactEmail"), request.getParameter("contactPhone")).partner().id();
                case "kontakt-entfernen" -> {
                    partners.deactivateContact(contactId(request.getParameter("contact")));
                    yield request.getParameter("partner");
                }
                default -> throw new InvalidInput("field-missing", "aktion");
            };
            return PAGE + "?meldung=" + action + (partner.isEmpty() ? "" : "#partner-" + partner);
        });
    }

    private static Address address(HttpServletRequest request) {
        return new Address(request.getParameter("street"), request.getParameter("postalCode"), request.getParameter("city"));
    }

    private static Set<String> offices(String[] ids) {
        return ids == null ? Set.of() : Set.copyOf(Arrays.asList(ids));
    }

    private static long contactId(String value) {
        Long id = HandoverForms.id(value);
        if (id == null) {
            throw new InvalidInput("field-missing", "contact");
        }
        return id;
    }
}

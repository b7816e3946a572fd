package de.thinka.kompass.privacy.pages;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.boundary.InvalidInput;
import de.thinka.kompass.platform.pages.FormAnswers;
import de.thinka.kompass.privacy.api.SubjectJson;
import de.thinka.kompass.privacy.boundary.DataSubjects;
import de.thinka.kompass.privacy.boundary.ErasureReport;
import de.thinka.kompass.privacy.boundary.SubjectRecords;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The data subject page's two actions as plain POSTs: the JSON export (a download) and the erasure (after the
 * page's confirmation; then back to the page with the counts, POST-redirect-GET). ADMIN is checked in
 * {@link DataSubjects}.
 */
@WebServlet("/intern/auskunft/aktion")
public class DataSubjectForms extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/intern/auskunft.xhtml";
    static final String QUERY = "suche";

    @Inject
    DataSubjects dataSubjects;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String query = request.getParameter(QUERY);
        try {
            switch (String.valueOf(request.getParameter("aktion"))) {
                case "export" -> download(dataSubjects.export(query), response);
                case "loeschen" -> {
                    ErasureReport done = dataSubjects.erase(query);
                    FormAnswers.seeOther(request, response, PAGE + "?geloescht&b=" + done.bookings() + "&s="
                            + done.cancelled() + "&t=" + done.tickets() + "&h=" + done.handovers() + "&m=" + done.mails());
                }
                default -> throw new InvalidInput("field-missing", "aktion");
            }
        } catch (BusinessException refused) {
            FormAnswers.refuse(request, response, refused, PAGE);
        }
    }

    private static void download(SubjectRecords records, HttpServletResponse response) throws IOException {
        byte[] json = SubjectJson.of(records).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SubjectJson.fileName(records) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

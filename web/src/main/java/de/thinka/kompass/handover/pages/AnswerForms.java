package de.thinka.kompass.handover.pages;

import de.thinka.kompass.handover.boundary.PartnerAnswers;
import de.thinka.kompass.handover.entity.Handover.Answer;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.pages.FormAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The answer page's POST: the partner accepts or declines; then back to the page (POST-redirect-GET). */
@WebServlet("/uebergabe/antwort")
public class AnswerForms extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerAnswers answers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String token = request.getParameter("token");
        String asked = request.getParameter("antwort");
        try {
            answers.answer(token, "absagen".equals(asked) ? Answer.DECLINED : Answer.ACCEPTED);
            FormAnswers.seeOther(request, response, "/u/" + token + "?beantwortet");
        } catch (BusinessException refused) {
            if (refused.reason() == BusinessException.Reason.NOT_FOUND) {
                response.sendError(404);
                return;
            }
            FormAnswers.refuse(request, response, refused, "/antwort.xhtml");
        }
    }
}

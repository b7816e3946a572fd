package de.thinka.kompass.platform.pages;

import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.rest.ProblemTexts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * What the plain HTML forms' POST handlers share (they work without JavaScript): on success a redirect to
 * the page to show next (POST-redirect-GET); on a refusal the same page again, with the refusal's sentence in
 * the reader's language and the entered values still in the request.
 */
public final class FormAnswers {

    /** Request attribute with the sentence of a refused form; the page beans show it. */
    private static final String ERROR = "kompass.formError";

    private FormAnswers() {
    }

    public static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response, BusinessException refused,
                              String page) throws ServletException, IOException {
        request.setAttribute(ERROR, ProblemTexts.business(Language.of(request, page).locale(), refused.messageKey(), refused.arguments()));
        response.setStatus(switch (refused.reason()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        });
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The sentence of the form just refused, or null (for the page beans, from Faces' request map). */
    public static String refusal(Map<String, Object> requestMap) {
        Object sentence = requestMap.get(ERROR);
        return sentence == null ? null : sentence.toString();
    }
}

package de.thinka.kompass.platform.pages;

import de.thinka.kompass.platform.rest.Problem;
import de.thinka.kompass.platform.boundary.BusinessException;
import de.thinka.kompass.platform.rest.ProblemTexts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** A form's business action; answers the path (with query) to show after success. */
    @FunctionalInterface
    public interface Action {
        String run();
    }

    /**
     * Runs a form's action: success redirects to the path it answers (POST-redirect-GET), a refusal shows
     * {@code page} again with the sentence.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, String page, Action action)
            throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            seeOther(request, response, action.run());
        } catch (BusinessException refused) {
            refuse(request, response, refused, page);
        }
    }

    /** An action of a form with {@code aktion} on a list page ("anlegen") or an item's page; answers the item's id. */
    @FunctionalInterface
    public interface ItemAction {
        String run(String action);
    }

    /**
     * For a list page whose form creates an item ({@code aktion=anlegen}) and an item page whose forms change it:
     * success shows the item's page ({@code itemPage?<idParameter>=id&meldung=<aktion>}), a refusal the page the
     * form came from.
     */
    public static void answerForItem(HttpServletRequest request, HttpServletResponse response, String listPage,
                                     String itemPage, String idParameter, ItemAction action)
            throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String aktion = String.valueOf(request.getParameter("aktion"));
        answer(request, response, "anlegen".equals(aktion) ? listPage : itemPage, () -> itemPage + "?" + idParameter
                + "=" + URLEncoder.encode(action.run(aktion), StandardCharsets.UTF_8) + "&meldung=" + aktion);
    }

    public static void refuse(HttpServletRequest request, HttpServletResponse response, BusinessException refused,
                              String page) throws ServletException, IOException {
        request.setAttribute(ERROR, ProblemTexts.business(Language.of(request, page).locale(), refused.messageKey(), refused.arguments()));
        response.setStatus(Problem.statusOf(refused));
        request.getRequestDispatcher(page).forward(request, response);
    }


    /** The sentence of the form just refused, or null (for the page beans, from Faces' request map). */
    public static String refusal(Map<String, Object> requestMap) {
        Object sentence = requestMap.get(ERROR);
        return sentence == null ? null : sentence.toString();
    }
}

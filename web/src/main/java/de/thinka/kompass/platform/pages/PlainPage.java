package de.thinka.kompass.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A short friendly page for refusals answered before any page or form handler runs (rate limit, form
 * without a valid token): heading, sentence, a link home. Without Faces, so it cannot fail itself.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, Locale locale,
                             String title, String detail) throws IOException {
        String home = request.getContextPath();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " – KOMPASS</title>"
                + "<link rel=\"stylesheet\" href=\"" + home + "/resources/css/kompass.css\"></head>"
                + "<body><main id=\"inhalt\"><h1>" + title + "</h1><p>" + detail
                + "</p><p><a href=\"" + home + "/\">KOMPASS</a></p></main></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}

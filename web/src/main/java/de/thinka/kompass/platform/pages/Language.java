package de.thinka.kompass.platform.pages;

import de.thinka.kompass.platform.rest.ProblemTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page language: German by default, English when asked for ({@code ?lang=en}, remembered in a cookie)
 * or when the browser prefers English. No session needed, so anonymous visitors stay anonymous.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "kompass-lang";

    @Inject
    FacesContext faces;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    /** "de" or "en", for the html lang attribute. */
    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(getLocale());
    }

    private Locale resolve() {
        ExternalContext external = faces.getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        if ("de".equals(asked) || "en".equals(asked)) {
            external.addResponseCookie(COOKIE, asked, Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true,
                    "SameSite", "Lax"));
        }
        return of((HttpServletRequest) external.getRequest());
    }

    /**
     * The language of a request, also for servlets outside Faces (the form handlers): {@code lang} asked for,
     * else the remembered choice, else the browser's preference, German by default.
     */
    public static Locale of(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (!"de".equals(chosen) && !"en".equals(chosen) && request.getCookies() != null) {
            chosen = Arrays.stream(request.getCookies()).filter(cookie -> COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue).findFirst().orElse(null);
        }
        if ("de".equals(chosen) || "en".equals(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        return ProblemTexts.preferredLocale(request);
    }

    /**
     * The link to this same page in the other language: the page's own query (e.g. the booking steps chosen so
     * far) with {@code lang} set, so switching the language never loses the visitor's place.
     */
    public String switchTo(String language) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? forwarded.toString() : request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang"))
                .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + ("en".equals(language) ? "en" : "de");
    }
}

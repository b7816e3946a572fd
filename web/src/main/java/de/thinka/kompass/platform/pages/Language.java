package de.thinka.kompass.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.Map;

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
            return Locale.forLanguageTag(asked);
        }
        Cookie remembered = (Cookie) external.getRequestCookieMap().get(COOKIE);
        if (remembered != null && ("de".equals(remembered.getValue()) || "en".equals(remembered.getValue()))) {
            return Locale.forLanguageTag(remembered.getValue());
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getHeader("Accept-Language") == null) {
            return Locale.GERMAN;
        }
        for (Locale preferred : java.util.Collections.list(request.getLocales())) {
            if ("en".equals(preferred.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("de".equals(preferred.getLanguage())) {
                return Locale.GERMAN;
            }
        }
        return Locale.GERMAN;
    }
}

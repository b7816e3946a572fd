package de.thinka.kompass.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Finds the sentence for a problem in the caller's language: English when the caller prefers English,
 * German otherwise. Business problems come from the ejb module's bundle, HTTP-level ones from ours. For JAX-RS
 * resources and mappers, which run inside a servlet request.
 */
@ApplicationScoped
public class ProblemTexts {

    private static final String BUSINESS = "de.thinka.kompass.platform.boundary.problems";
    private static final String HTTP = "de.thinka.kompass.platform.rest.problems";

    /**
     * The current request (CDI's built-in bean). Application-scoped on purpose: created per request, with
     * JAX-RS injecting its headers, this bean cost more than a tenth of a refused booking (2026-12-04).
     */
    @Inject
    HttpServletRequest request;

    /** The language of the current request. */
    public Locale locale() {
        return preferredLocale(request);
    }

    /** The language of a servlet request: German unless its Accept-Language prefers English. */
    public static Locale preferredLocale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.GERMAN
                : preferredLocale(Collections.list(request.getLocales()));
    }

    public static Locale preferredLocale(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("de".equals(locale.getLanguage())) {
                return Locale.GERMAN;
            }
        }
        return Locale.GERMAN;
    }

    public String business(String key, List<Object> arguments) {
        return format(BUSINESS, locale(), key, arguments.toArray());
    }

    public String http(String key, Object... arguments) {
        return format(HTTP, locale(), key, arguments);
    }

    /** A business problem's sentence for places outside JAX-RS (pages, form handlers). */
    public static String business(Locale locale, String key, List<Object> arguments) {
        return format(BUSINESS, locale, key, arguments.toArray());
    }

    /** For places outside JAX-RS (servlet filters), with the locale of the request. */
    public static String http(Locale locale, String key, Object... arguments) {
        return format(HTTP, locale, key, arguments);
    }

    private static String format(String bundleName, Locale locale, String key, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

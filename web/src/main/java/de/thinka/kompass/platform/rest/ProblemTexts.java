package de.thinka.kompass.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Finds the sentence for a problem in the caller's language: English when the caller prefers English,
 * German otherwise. Business problems come from the ejb module's bundle, HTTP-level ones from ours.
 */
@RequestScoped
public class ProblemTexts {

    private static final String BUSINESS = "de.thinka.kompass.platform.boundary.problems";
    private static final String HTTP = "de.thinka.kompass.platform.rest.problems";

    @Context
    HttpHeaders headers;

    public Locale locale() {
        return preferredLocale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    static Locale preferredLocale(List<Locale> acceptable) {
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
        return format(BUSINESS, key, arguments.toArray());
    }

    public String http(String key, Object... arguments) {
        return format(HTTP, key, arguments);
    }

    private String format(String bundleName, String key, Object... arguments) {
        Locale locale = locale();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

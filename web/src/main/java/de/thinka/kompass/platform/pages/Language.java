package de.thinka.kompass.platform.pages;

import de.thinka.kompass.office.entity.Concern;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The page language (rule in {@link PageLanguage#choose}): German by default; English, Ukrainian, Arabic and
 * Leichte Sprache when asked for ({@code ?lang=}, remembered in a cookie) or, except Leichte Sprache, when the
 * browser prefers them. No session needed, so anonymous visitors stay anonymous.
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "kompass-lang";

    /**
     * The pages translated into every language (the citizens' pages). All others are staff pages in German and
     * English. A new public page joins this list once its texts exist in every bundle (see TranslationsTest).
     */
    static final Set<String> CITIZEN_PAGES = Set.of("/index.xhtml", "/termin.xhtml", "/booking.xhtml", "/ticket.xhtml",
            "/anzeige.xhtml", "/fehler.xhtml", "/datenschutz.xhtml");

    /** The form fields that say where in a page's steps the visitor is (booking steps, the booking's token). */
    private static final List<String> PLACE = List.of("office", "concern", "day", "start", "token");

    @Inject
    FacesContext faces;

    private PageLanguage choice;

    public PageLanguage getChoice() {
        if (choice == null) {
            choice = resolve();
        }
        return choice;
    }

    public Locale getLocale() {
        return getChoice().locale();
    }

    /** The html lang attribute: de, en, uk or ar (Leichte Sprache is German). */
    public String getTag() {
        return getChoice().tag();
    }

    /** The choice's code for links and forms: de, ls, en, uk or ar. */
    public String getCode() {
        return getChoice().code();
    }

    /** The html dir attribute: rtl for Arabic. */
    public String getDir() {
        return getChoice().dir();
    }

    /** The languages this page offers in its language switch. */
    public List<PageLanguage> getOffered() {
        return PageLanguage.offered(isCitizenPage());
    }

    /**
     * A concern's name in the reader's language: the bundle's {@code concern.<id>} where a translation exists
     * (Ukrainian, Arabic, Leichte Sprache), else the name kept with the concern (English or German).
     */
    public String concernName(Concern concern) {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "concern." + concern.id();
        return texts != null && texts.containsKey(key) ? texts.getString(key) : concern.name(getLocale());
    }

    private boolean isCitizenPage() {
        return CITIZEN_PAGES.contains(page());
    }

    /** The page's view id; before Faces has a view (its locale is asked for early) the path it serves. */
    private String page() {
        UIViewRoot view = faces.getViewRoot();
        if (view != null && view.getViewId() != null) {
            return view.getViewId();
        }
        String path = faces.getExternalContext().getRequestServletPath();
        return path.endsWith(".xhtml") ? path : path + ".xhtml";
    }

    private PageLanguage resolve() {
        ExternalContext external = faces.getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        if (PageLanguage.byCode(asked).isPresent()) {
            external.addResponseCookie(COOKIE, asked, Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true,
                    "SameSite", "Lax"));
        }
        return choose((HttpServletRequest) external.getRequest(), isCitizenPage());
    }

    /**
     * The language of a request for a page, also for servlets outside Faces (the form handlers, which pass the
     * page they answer with).
     */
    public static PageLanguage of(HttpServletRequest request, String page) {
        return choose(request, CITIZEN_PAGES.contains(page));
    }

    /** The staff language (German or English) of a request outside Faces, e.g. a refusal before any page is known. */
    public static Locale of(HttpServletRequest request) {
        return choose(request, false).locale();
    }

    private static PageLanguage choose(HttpServletRequest request, boolean citizenPage) {
        String remembered = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst().orElse(null);
        List<Locale> accepted = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        return PageLanguage.choose(request.getParameter("lang"), remembered, accepted, citizenPage);
    }

    /**
     * The link to this same page in another language: the page's own query (e.g. the booking steps chosen so
     * far) with {@code lang} set, so switching the language never loses the visitor's place.
     */
    public String switchTo(String code) {
        PageLanguage language = PageLanguage.byCode(code).orElse(PageLanguage.GERMAN);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if ("POST".equals(request.getMethod())) {
            // a refused form shown again: its address is the form handler's, so link the page itself with the
            // steps chosen so far (never the name or contact typed in)
            String place = PLACE.stream().filter(name -> request.getParameter(name) != null)
                    .map(name -> name + "=" + URLEncoder.encode(request.getParameter(name), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return request.getContextPath() + faces.getViewRoot().getViewId() + withLanguage(place, language);
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? forwarded.toString() : request.getQueryString();
        return withLanguage(query, language);
    }

    static String withLanguage(String query, PageLanguage language) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang"))
                .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language.code();
    }
}

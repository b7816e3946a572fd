package de.thinka.kompass.platform.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the pages, each with the code people choose it by ({@code ?lang=}, cookie), its locale for the
 * texts, its html {@code lang} tag and its own name. Leichte Sprache (easy German) has no language tag of its own:
 * it is German ({@code lang="de"}) whose texts come from the bundle variant {@code de__LS}, falling back to plain
 * German key by key (decision 0014). Staff pages are German and English only (Leichte Sprache there is German).
 */
public enum PageLanguage {

    GERMAN("de", Locale.GERMAN, "Deutsch", true),
    EASY_GERMAN("ls", new Locale("de", "", "LS"), "Leichte Sprache", false),
    ENGLISH("en", Locale.ENGLISH, "English", true),
    UKRAINIAN("uk", new Locale("uk"), "Українська", false),
    /** Western digits (0–9) as on the printed ticket and the display: CLDR would write Arabic-Indic ones. */
    ARABIC("ar", Locale.forLanguageTag("ar-u-nu-latn"), "العربية", false);

    private final String code;
    private final Locale locale;
    private final String ownName;
    private final boolean onStaffPages;

    PageLanguage(String code, Locale locale, String ownName, boolean onStaffPages) {
        this.code = code;
        this.locale = locale;
        this.ownName = ownName;
        this.onStaffPages = onStaffPages;
    }

    /** What people choose it by: de, ls, en, uk, ar. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** A valid language tag for html lang, hreflang and Content-Language (Leichte Sprache is "de"). */
    public String tag() {
        return locale.getLanguage();
    }

    /** The language's name in itself, as the language switch shows it. */
    public String ownName() {
        return ownName;
    }

    public boolean rightToLeft() {
        return this == ARABIC;
    }

    /** "rtl" or "ltr", for the html dir attribute. */
    public String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The languages a page offers: citizen pages all of them, staff pages German and English. */
    public static List<PageLanguage> offered(boolean citizenPage) {
        return Arrays.stream(values()).filter(language -> citizenPage || language.onStaffPages).toList();
    }

    public static Optional<PageLanguage> byCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    /**
     * The one rule for a page's language: the language asked for ({@code ?lang=}), else the remembered choice
     * (cookie), else the first language of the browser's list (Accept-Language, best first) that we have, else
     * German. Leichte Sprache is never guessed from the browser, only chosen. A page that does not offer the
     * chosen language (a staff page and Ukrainian, say) takes the browser's first choice among those it offers,
     * else German: never keys or half-translated pages.
     */
    public static PageLanguage choose(String asked, String remembered, List<Locale> accepted, boolean citizenPage) {
        Optional<PageLanguage> chosen = byCode(asked).or(() -> byCode(remembered))
                .filter(language -> citizenPage || language.onStaffPages);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        for (Locale locale : accepted) {
            Optional<PageLanguage> preferred = byCode(locale.getLanguage())
                    .filter(language -> language != EASY_GERMAN && (citizenPage || language.onStaffPages));
            if (preferred.isPresent()) {
                return preferred.get();
            }
        }
        return GERMAN;
    }
}

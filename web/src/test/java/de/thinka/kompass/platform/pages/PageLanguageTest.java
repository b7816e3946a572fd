package de.thinka.kompass.platform.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one rule for a page's language, and where the texts of Leichte Sprache come from. */
class PageLanguageTest {

    private static List<Locale> accepted(String header) {
        return header.isBlank() ? List.of()
                : Arrays.stream(header.split(",")).map(String::strip).map(Locale::forLanguageTag).toList();
    }

    @ParameterizedTest(name = "asked {0}, cookie {1}, browser {2}, citizen page {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // asked, remembered, Accept-Language (best first), citizen page, result
            "-,  -,  '',            true,  de",
            "uk, -,  en,            true,  uk",
            "ls, en, en,            true,  ls",
            "xx, ar, en,            true,  ar",
            "-,  -,  'ar, de',      true,  ar",
            "-,  -,  'ru, uk, en',  true,  uk",
            "-,  -,  'fr, it',      true,  de",
            "-,  ls, '',            true,  ls",
            // staff pages: German and English only, never broken or half translated
            "uk, -,  'uk, en',      false, en",
            "ar, -,  'ar',          false, de",
            "-,  uk, 'uk, de, en',  false, de",
            "ls, -,  'en-GB',       false, en",
            "en, -,  'de',          false, en",
    })
    void oneRuleForEveryPage(String asked, String remembered, String browser, boolean citizenPage, String expected) {
        assertEquals(expected, PageLanguage.choose(asked, remembered, accepted(browser), citizenPage).code());
    }

    @Test
    void leichteSpracheIsNeverGuessedFromTheBrowser() {
        assertEquals(PageLanguage.GERMAN, PageLanguage.choose(null, null, List.of(new Locale("ls")), true));
    }

    @Test
    void tagsAreValidLanguageTagsAndOnlyArabicIsRightToLeft() {
        for (PageLanguage language : PageLanguage.values()) {
            assertTrue(List.of("de", "en", "uk", "ar").contains(language.tag()), language.tag());
            assertEquals(language == PageLanguage.ARABIC, language.rightToLeft());
        }
        assertEquals("de", PageLanguage.EASY_GERMAN.tag());
        assertEquals(List.of(PageLanguage.GERMAN, PageLanguage.ENGLISH), PageLanguage.offered(false));
        assertEquals(5, PageLanguage.offered(true).size());
    }

    @Test
    void arabicPagesWriteWesternDigitsLikeTheTicket() {
        Locale arabic = PageLanguage.ARABIC.locale();
        assertEquals("ar", arabic.getLanguage());
        assertEquals("الأوقات المتاحة: 12", new MessageFormat(ResourceBundle.getBundle(
                "de.thinka.kompass.platform.pages.texts", arabic).getString("booking.freeCount"), arabic).format(new Object[]{12}));
    }

    @Test
    void leichteSpracheFallsBackToPlainGermanKeyByKey() {
        ResourceBundle easy = ResourceBundle.getBundle("de.thinka.kompass.platform.pages.texts",
                PageLanguage.EASY_GERMAN.locale());
        assertEquals("Termin jetzt machen", easy.getString("booking.submit"));
        assertEquals("Anzeige", easy.getString("display.title"), "the display is in plain German");
        assertFalse(easy.containsKey("no.such.key"));
    }

    @Test
    void switchingKeepsThePlaceAndReplacesTheLanguage() {
        assertEquals("?office=ilmenau&concern=schulden&lang=ar",
                Language.withLanguage("office=ilmenau&lang=en&concern=schulden", PageLanguage.ARABIC));
        assertEquals("?drucken&lang=ls", Language.withLanguage("drucken&lang", PageLanguage.EASY_GERMAN));
        assertEquals("?lang=uk", Language.withLanguage(null, PageLanguage.UKRAINIAN));
    }
}

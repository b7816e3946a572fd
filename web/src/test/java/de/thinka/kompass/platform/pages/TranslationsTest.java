package de.thinka.kompass.platform.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of the citizens' pages exists in every language, with the same placeholders, so a new key cannot be
 * forgotten in one language; the same for the booking mails and the problems citizens meet while booking.
 */
class TranslationsTest {

    private static final String PAGES = "de/thinka/kompass/platform/pages/texts";
    private static final String PROBLEMS = "de/thinka/kompass/platform/boundary/problems";
    private static final String MAILS = "de/thinka/kompass/appointment/control/mails";

    /**
     * The keys of the citizens' pages (Language.CITIZEN_PAGES), with the privacy notice's privacy. keys; the rest are
     * staff texts, German and English (among them subject. and audit., the privacy staff pages).
     */
    private static final List<String> CITIZEN_PREFIXES = List.of("page.", "home.", "error.", "booking.", "manage.",
            "ticket.", "display.", "lang.", "privacy.");
    /** The live texts the ticket page and the display use (the other live. keys are the staff board's). */
    private static final Set<String> CITIZEN_LIVE_KEYS = Set.of("live.connected", "live.disconnected", "live.minutes",
            "live.approx");
    /**
     * Leichte Sprache covers the booking (with its confirmation, the manage page), the ticket and the start page, and
     * the privacy notice.
     */
    private static final List<String> EASY_PREFIXES = List.of("page.", "home.", "booking.", "manage.", "ticket.", "lang.",
            "privacy.");
    /** Page keys that only translations have: concern names where the database has German and English only. */
    private static final String CONCERN = "concern.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name + ".properties")) {
            assertTrue(in != null, name + ".properties on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    static Set<String> citizenKeys() {
        return bundle(PAGES).stringPropertyNames().stream()
                .filter(key -> CITIZEN_LIVE_KEYS.contains(key) || CITIZEN_PREFIXES.stream().anyMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /**
     * Same placeholders as German; no key German does not know; no ' where MessageFormat would swallow it (texts
     * with placeholders, or all texts of a bundle that is always formatted).
     */
    static void sameShape(String base, String translation, Set<String> allowedExtra, boolean alwaysFormatted) {
        Properties german = bundle(base);
        Properties translated = bundle(translation);
        for (String key : translated.stringPropertyNames()) {
            if (allowedExtra.stream().anyMatch(key::startsWith)) {
                continue;
            }
            assertTrue(german.containsKey(key), translation + " has " + key + ", which German does not know");
            assertEquals(placeholders(german.getProperty(key)), placeholders(translated.getProperty(key)),
                    translation + ": placeholders of " + key);
            boolean formatted = alwaysFormatted || !placeholders(german.getProperty(key)).isEmpty();
            assertFalse(formatted && translated.getProperty(key).contains("'"), translation + ": ' in " + key + " (use ’)");
        }
    }

    static Set<String> missing(Set<String> wanted, String translation) {
        Properties translated = bundle(translation);
        return wanted.stream().filter(key -> !translated.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk", "ar"})
    void everyCitizenKeyIsTranslated(String language) {
        assertEquals(Set.of(), missing(citizenKeys(), PAGES + "_" + language));
        sameShape(PAGES, PAGES + "_" + language, Set.of(CONCERN), false);
    }

    @Test
    void thePrivacyNoticeIsACitizenPageWithAllItsTexts() {
        Set<String> notice = citizenKeys().stream().filter(key -> key.startsWith("privacy."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(Language.CITIZEN_PAGES.contains("/datenschutz.xhtml"));
        assertTrue(notice.containsAll(Set.of("privacy.link", "privacy.heading", "privacy.how-long.records",
                "privacy.rights.how")), notice.toString());
        assertFalse(citizenKeys().stream().anyMatch(key -> key.startsWith("subject.") || key.startsWith("audit.")),
                "the data subject and log pages are staff pages");
    }

    /** Arabic counts days as 1 / 2 / 3–10 / 11 and more, so the notice's periods are a choice. */
    @ParameterizedTest
    @CsvSource({"1, يوم واحد.", "2, يومين.", "7, 7 أيام.", "30, 30 يومًا.", "365, 365 يومًا."})
    void arabicPeriodsCountDaysAsArabicDoes(long days, String ending) {
        String pattern = bundle(PAGES + "_ar").getProperty("privacy.how-long.audit");
        String text = new MessageFormat(pattern, PageLanguage.ARABIC.locale()).format(new Object[] {days});
        assertTrue(text.endsWith("بعد " + ending), text);
    }

    @Test
    void leichteSpracheCoversTheBookingTicketStartAndPrivacyPages() {
        Set<String> wanted = citizenKeys().stream().filter(key -> EASY_PREFIXES.stream().anyMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(wanted.contains("booking.submit") && wanted.contains("ticket.yourTurn")
                && wanted.contains("privacy.rights.how"), wanted.toString());
        assertEquals(Set.of(), missing(wanted, PAGES + "_de__LS"));
        sameShape(PAGES, PAGES + "_de__LS", Set.of(CONCERN), false);
    }

    @Test
    void concernNamesExistInEveryTranslationThatHasThem() {
        Set<String> ukrainian = keys(PAGES + "_uk", CONCERN);
        assertFalse(ukrainian.isEmpty());
        assertEquals(ukrainian, keys(PAGES + "_ar", CONCERN));
        assertEquals(ukrainian, keys(PAGES + "_de__LS", CONCERN));
    }

    @Test
    void problemsCitizensMeetAreTranslatedAlike() {
        Set<String> ukrainian = keys(PROBLEMS + "_uk", "");
        assertTrue(ukrainian.contains("slot-taken") && ukrainian.contains("name-missing"), ukrainian.toString());
        assertEquals(ukrainian, keys(PROBLEMS + "_ar", ""));
        assertTrue(ukrainian.containsAll(keys(PROBLEMS + "_de__LS", "")), "Leichte Sprache only for these problems");
        for (String language : List.of("uk", "ar", "de__LS")) {
            sameShape(PROBLEMS, PROBLEMS + "_" + language, Set.of(), true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "uk", "ar"})
    void bookingMailsExistInEveryMailLanguage(String language) {
        assertEquals(keys(MAILS, ""), keys(MAILS + "_" + language, ""));
        sameShape(MAILS, MAILS + "_" + language, Set.of(), true);
    }

    private static Set<String> keys(String bundle, String prefix) {
        return bundle(bundle).stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

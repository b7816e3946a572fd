package de.thinka.kompass.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemTextsTest {

    @Test
    void germanUnlessEnglishComesFirstAmongOurLanguages() {
        assertEquals(Locale.GERMAN, ProblemTexts.preferredLocale(List.of()));
        assertEquals(Locale.GERMAN, ProblemTexts.preferredLocale(List.of(Locale.FRENCH)));
        assertEquals(Locale.ENGLISH, ProblemTexts.preferredLocale(List.of(Locale.FRENCH, Locale.UK, Locale.GERMAN)));
        assertEquals(Locale.GERMAN, ProblemTexts.preferredLocale(List.of(Locale.GERMANY, Locale.ENGLISH)));
    }
}

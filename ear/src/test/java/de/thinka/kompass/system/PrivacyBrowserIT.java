package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real browser: the privacy notice (in every citizen language, linked from every page's footer) tells the
 * configured periods; ADMIN answers a data subject's request on its page and reads the log; all pass axe-core.
 */
class PrivacyBrowserIT {

    private WebDriver browser;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("de-DE");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void theNoticeIsLinkedFromEveryPageAndTellsTheConfiguredPeriods() {
        browser.get(Kompass.BASE_URL + "/termin");
        browser.findElement(By.id("privacy-link")).click();
        waiting().until(ExpectedConditions.urlContains("/datenschutz"));
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        // the system tests run with periods of three seconds (config/payara/system-tests.asadmin): one day, rounded up
        assertTrue(browser.findElement(By.id("retention")).getText().contains("1 Tage nach dem Besuch"),
                browser.findElement(By.id("retention")).getText());
        assertTrue(browser.findElement(By.id("audit")).getText().contains("365 Tagen"));
        assertEquals(List.of(), Browser.axeViolations(browser));

        browser.get(Kompass.BASE_URL + "/datenschutz?lang=en");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("privacy-notice")).getText().contains("Your rights"));
        assertEquals(List.of(), Browser.axeViolations(browser));
    }

    /**
     * The notice in Ukrainian, Arabic (right to left, days counted as Arabic counts them) and Leichte Sprache, chosen
     * in its own language switch; every language passes axe-core (LanguagesBrowserIT checks it on a phone, too).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "uk, uk, ltr, Захист даних у KOMPASS, через 1 дн. після візиту, Ваші права",
            "ar, ar, rtl, حماية البيانات في KOMPASS, بعد يوم واحد من الزيارة, حقوقكم",
            "ls, de, ltr, Daten·schutz bei KOMPASS, nach 1 Tag., Ihre Rechte"})
    void theNoticeSpeaksEveryCitizenLanguage(String code, String tag, String dir, String heading, String retention,
            String rights) {
        browser.get(Kompass.BASE_URL + "/datenschutz?lang=de");
        browser.findElement(By.id("lang-" + code)).click();
        waiting().until(ExpectedConditions.urlContains("lang=" + code));
        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals(tag, html.getAttribute("lang"));
        assertEquals(dir, html.getAttribute("dir"));
        assertEquals(5, browser.findElements(By.cssSelector("nav.languages a")).size(), "all five languages offered");
        assertEquals(heading, browser.findElement(By.cssSelector("#privacy-notice h1")).getText());
        assertTrue(browser.findElement(By.id("retention")).getText().contains(retention),
                browser.findElement(By.id("retention")).getText());
        assertTrue(browser.findElement(By.id("privacy-notice")).getText().contains(rights));
        assertFalse(browser.getPageSource().contains("???"), "no missing text");
        assertEquals(List.of(), Browser.axeViolations(browser));
    }

    @Test
    void adminFindsAndErasesAPersonsRecordsAndReadsTheLog() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("arnstadt", "schulden", 0);
        HttpResponse<String> booked = citizen.book(Json.createObjectBuilder().add("office", "arnstadt")
                .add("concern", "schulden").add("start", slot.getString("start")).add("name", "Frau Ärztin")
                .add("email", citizen.email));
        assertEquals(201, booked.statusCode(), booked.body());
        String reference = Kompass.object(booked).getString("reference");

        Browser.login(browser, "admin");
        browser.findElement(By.id("subject-requests")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("suche")));
        assertEquals(List.of(), Browser.axeViolations(browser), "empty search page");
        browser.findElement(By.id("suche")).sendKeys(reference);
        browser.findElement(By.id("search")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bookings")));
        assertTrue(browser.findElement(By.id("bookings")).getText().contains("Frau Ärztin"));
        assertTrue(!browser.getCurrentUrl().contains(reference), "the search is never in the address");
        assertEquals(List.of(), Browser.axeViolations(browser), "results");

        browser.findElement(By.id("erase")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-erase")));
        assertEquals(List.of(), Browser.axeViolations(browser), "confirmation");
        browser.findElement(By.id("confirm-erase")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertTrue(browser.findElement(By.id("done")).getText().contains("1 Termine (davon 1 abgesagt)"),
                browser.findElement(By.id("done")).getText());

        browser.get(Kompass.BASE_URL + "/intern/protokoll.xhtml?action=privacy");
        assertTrue(browser.findElement(By.id("entries")).getText().contains("privacy.erase"));
        assertTrue(!browser.findElement(By.id("entries")).getText().contains(reference), "the log names no search");
        assertEquals(List.of(), Browser.axeViolations(browser), "log");
    }

    @Test
    void othersMayNotOpenThePages() {
        Browser.login(browser, "beratung-arnstadt");
        browser.get(Kompass.BASE_URL + "/intern/auskunft.xhtml");
        assertTrue(browser.findElements(By.id("suche")).isEmpty());
        browser.get(Kompass.BASE_URL + "/intern/protokoll.xhtml");
        assertTrue(browser.findElements(By.id("entries")).isEmpty() && browser.findElements(By.id("filter")).isEmpty());
    }
}

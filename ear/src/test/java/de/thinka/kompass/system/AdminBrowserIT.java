package de.thinka.kompass.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static de.thinka.kompass.system.BookingBrowserIT.awaitUrl;
import static de.thinka.kompass.system.BookingBrowserIT.axeClean;
import static de.thinka.kompass.system.BookingBrowserIT.tabAndEnter;
import static de.thinka.kompass.system.BookingBrowserIT.tabAndType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator in headless Chromium, keyboard only (Tab, typing, Enter): through the administration pages from
 * the staff start page, a new concern, a refused one, a new account with its one-time password; axe-core finds
 * nothing on any of these pages, in German and English.
 */
class AdminBrowserIT {

    private WebDriver browser;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("de-DE");
        Browser.login(browser, "admin");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void everyAdministrationPageByKeyboardPassesAxe() {
        axeClean(browser, "staff start page");
        tabAndEnter(browser, By.id("administration"));
        awaitUrl(browser, "/intern/admin/");
        axeClean(browser, "administration");

        String[][] pages = {{"admin-offices", "anlaufstellen.xhtml"}, {"admin-concerns", "anliegen.xhtml"},
                {"admin-accounts", "konten.xhtml"}, {"admin-partners", "partner.xhtml"}, {"admin-settings", "einstellungen.xhtml"}};
        for (String[] page : pages) {
            tabAndEnter(browser, By.id(page[0]));
            awaitUrl(browser, page[1]);
            axeClean(browser, page[1]);
            tabAndEnter(browser, By.id("back"));
            awaitUrl(browser, "/intern/admin/");
        }

        tabAndEnter(browser, By.id("admin-offices"));
        awaitUrl(browser, "anlaufstellen.xhtml");
        tabAndEnter(browser, By.id("office-arnstadt"));
        awaitUrl(browser, "anlaufstelle.xhtml?id=arnstadt");
        assertEquals("Ritterstraße 14", browser.findElement(By.id("street")).getAttribute("value"));
        assertEquals("09:00-12:00, 13:00-16:00", browser.findElement(By.id("day-1")).getAttribute("value"));
        axeClean(browser, "office page");

        tabAndEnter(browser, By.id("back"));
        awaitUrl(browser, "anlaufstellen.xhtml");
        browser.get(Kompass.BASE_URL + "/intern/start");
        tabAndEnter(browser, By.id("own-password"));
        awaitUrl(browser, "/intern/passwort.xhtml");
        axeClean(browser, "own password");
    }

    @Test
    void newConcernByKeyboardAndARefusalSaysWhy() {
        browser.get(Kompass.BASE_URL + "/intern/admin/anliegen.xhtml");
        String name = "Tastatur " + UUID.randomUUID().toString().substring(0, 6);
        tabAndType(browser, By.id("nameDe"), name);
        tabAndType(browser, By.id("nameEn"), name + " en");
        tabAndType(browser, By.id("minutes"), Keys.chord(Keys.CONTROL, "a") + "50");
        tabAndEnter(browser, By.id("create-concern"));
        awaitUrl(browser, "meldung=angelegt");
        assertTrue(browser.findElement(By.id("done")).getText().contains("angelegt"));
        axeClean(browser, "concern created");

        tabAndType(browser, By.id("nameDe"), name);
        tabAndType(browser, By.id("nameEn"), "another " + name);
        tabAndEnter(browser, By.id("create-concern"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertTrue(browser.findElement(By.id("problem")).getText().contains("gibt es schon"));
        assertEquals(name, browser.findElement(By.id("nameDe")).getAttribute("value"), "entered values kept");
        axeClean(browser, "concern refused");

        String id = browser.findElements(By.cssSelector("form[id^=anliegen-]")).stream()
                .filter(form -> form.findElement(By.name("nameDe")).getAttribute("value").equals(name))
                .findFirst().orElseThrow().getAttribute("id").substring("anliegen-".length());
        tabAndType(browser, By.id("active-" + id), " ");
        tabAndEnter(browser, By.id("save-" + id));
        awaitUrl(browser, "meldung=geaendert");
        assertFalse(browser.findElement(By.id("active-" + id)).isSelected(), "deactivated by keyboard (space on the box)");
    }

    @Test
    void newAccountShowsItsOneTimePasswordOnce() {
        browser.get(Kompass.BASE_URL + "/intern/admin/konten.xhtml");
        String username = "kb-" + UUID.randomUUID().toString().substring(0, 6);
        tabAndType(browser, By.id("username"), username);
        tabAndType(browser, By.id("displayName"), "Tastatur Person");
        tabAndType(browser, By.id("role-RECEPTION"), " ");
        tabAndType(browser, By.id("office-ilmenau"), " ");
        tabAndEnter(browser, By.id("create-account"));
        awaitUrl(browser, "konto.xhtml?name=" + username);
        String oneTime = browser.findElement(By.id("one-time-password")).getText();
        assertTrue(oneTime.matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}"), oneTime);
        axeClean(browser, "account with one-time password");

        browser.navigate().refresh();
        assertTrue(browser.findElements(By.id("one-time-password")).isEmpty(), "shown only once");
        assertEquals(200, Kompass.as(username, oneTime).get("/api/me").statusCode());
    }

    @Test
    void settingsInEnglishPassAxe() {
        browser.get(Kompass.BASE_URL + "/intern/admin/einstellungen.xhtml?lang=en");
        assertEquals("Settings", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("label[for=QUEUE_MAX_CALLS]")).getText().contains("Calls before"));
        axeClean(browser, "settings in English");
        browser.get(Kompass.BASE_URL + "/intern/admin/konto.xhtml?name=admin&lang=en");
        axeClean(browser, "account page in English");
    }
}

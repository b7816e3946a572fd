package de.thinka.kompass.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person in a real browser: the start page shows both offices, reception logs in and out. */
class StaffLoginBrowserIT {

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
    void startPageShowsBothOfficesInGermanAndPassesAxe() {
        browser.get(Kompass.BASE_URL + "/");
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.cssSelector("[data-office=arnstadt]")).getText().contains("KOMPASS Arnstadt"));
        assertTrue(browser.findElement(By.cssSelector("[data-office=ilmenau]")).getText().contains("Öffnungszeiten"));
        assertEquals(List.of(), Browser.axeViolations(browser));
    }

    @Test
    void englishOnRequest() {
        browser.get(Kompass.BASE_URL + "/?lang=en");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.cssSelector("[data-office=arnstadt]")).getText().contains("Opening hours"));
        assertTrue(browser.findElement(By.cssSelector("[data-office=arnstadt]")).getText().contains("Monday"));
    }

    @Test
    void receptionLogsInFromTheStartPageAndOut() {
        browser.get(Kompass.BASE_URL + "/");
        browser.findElement(By.linkText("Für Mitarbeitende")).click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertEquals(List.of(), Browser.axeViolations(browser), "login page passes axe");

        browser.findElement(By.id("username")).sendKeys("empfang-arnstadt");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("submit")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        waiting().until(ExpectedConditions.urlContains("/intern/start"));
        assertEquals("empfang-arnstadt", browser.findElement(By.cssSelector("#who #username")).getText());
        assertEquals("Empfang", browser.findElement(By.id("roles")).getText());
        assertEquals("KOMPASS Arnstadt", browser.findElement(By.id("offices")).getText());
        assertEquals(List.of(), Browser.axeViolations(browser), "staff start page passes axe");

        browser.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        browser.get(Kompass.BASE_URL + "/intern/start");
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void wrongPasswordShowsAGermanSentenceAndStaysOnTheLoginPage() {
        browser.get(Kompass.BASE_URL + "/login");
        browser.findElement(By.id("username")).sendKeys("empfang-arnstadt");
        browser.findElement(By.id("password")).sendKeys("falsch");
        browser.findElement(By.id("submit")).click();
        String alert = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]"))).getText();
        assertTrue(alert.contains("Benutzername oder Passwort stimmt nicht"), alert);
    }
}

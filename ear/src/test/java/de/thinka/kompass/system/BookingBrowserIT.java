package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen books through /termin in headless Chromium: keyboard only (Tab and Enter), axe-core on every step;
 * and once more with JavaScript switched off, through to cancelling on the manage page.
 */
class BookingBrowserIT {

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    /** Presses Tab until the element has the focus (at most 150 times), then Enter: what a keyboard user does. */
    static void tabAndEnter(WebDriver driver, By target) {
        tabAndEnter(driver, driver.findElement(target));
    }

    static void tabAndEnter(WebDriver driver, WebElement wanted) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 150; i++) {
            if (wanted.equals(driver.switchTo().activeElement())) {
                keys.sendKeys(Keys.ENTER).perform();
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("could not reach " + wanted.getText() + " with the Tab key");
    }

    static void tabAndType(WebDriver driver, By target, String text) {
        WebElement wanted = driver.findElement(target);
        Actions keys = new Actions(driver);
        for (int i = 0; i < 150 && !wanted.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(wanted, driver.switchTo().activeElement(), "reachable by Tab: " + target);
        keys.sendKeys(text).perform();
    }

    static void awaitUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    static void axeClean(WebDriver driver, String step) {
        assertEquals(List.of(), Browser.axeViolations(driver), "axe on step " + step);
    }

    @Test
    void bookingByKeyboardOnlyPassesAxeOnEveryStep() {
        JsonObject slot = Citizen.someSlot("ilmenau", "qualifikation", 0);
        String start = slot.getString("start");
        String day = start.substring(0, 10);
        WebDriver browser = Browser.start("de-DE");
        try {
            browser.get(Kompass.BASE_URL + "/termin");
            axeClean(browser, "office");
            tabAndEnter(browser, By.cssSelector("a.choice[href$='office=ilmenau']"));
            awaitUrl(browser, "office=ilmenau");
            axeClean(browser, "concern");
            tabAndEnter(browser, By.cssSelector("a.choice[href$='concern=qualifikation']"));
            awaitUrl(browser, "concern=qualifikation");
            axeClean(browser, "day");
            tabAndEnter(browser, By.cssSelector("a.choice[href$='day=" + day + "']"));
            awaitUrl(browser, "day=" + day);
            axeClean(browser, "time");
            String time = OffsetDateTime.parse(start).atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime().toString();
            tabAndEnter(browser, browser.findElements(By.cssSelector("ul.times a.choice")).stream()
                    .filter(link -> link.getText().startsWith(time)).findFirst().orElseThrow());
            awaitUrl(browser, "start=");
            axeClean(browser, "details");
            tabAndType(browser, By.id("name"), "Tulpe");
            tabAndEnter(browser, By.id("book"));
            String reference = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
            assertTrue(reference.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), reference);
            assertTrue(browser.getCurrentUrl().contains("/b/"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("done")).getText().contains("gebucht"));
            assertTrue(browser.findElement(By.id("ics")).getAttribute("href").endsWith("/calendar.ics"));
            axeClean(browser, "confirmation");
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptBookingAndCancellingWorkToo() {
        JsonObject slot = Citizen.someSlot("arnstadt", "schul-berufsabschluss", 0);
        String start = slot.getString("start");
        WebDriver browser = Browser.start("en-GB", false);
        try {
            browser.get(Kompass.BASE_URL + "/termin?office=arnstadt&concern=schul-berufsabschluss&day="
                    + start.substring(0, 10) + "&start=" + start.replace("+", "%2B"));
            assertEquals("Book this appointment", browser.findElement(By.id("book")).getText());
            browser.findElement(By.id("name")).sendKeys("Rose");
            browser.findElement(By.id("book")).click();
            String reference = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("reference"))).getText();
            assertTrue(reference.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), reference);

            browser.findElement(By.id("cancel")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("?absagen"));
            assertEquals("booked", browser.findElement(By.id("state")).getText(), "following the link cancelled nothing");
            browser.findElement(By.id("confirm-cancel")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("state"), "cancelled"));
        } finally {
            browser.quit();
        }
        assertTrue(Citizen.slots("arnstadt", "schul-berufsabschluss").stream().anyMatch(s -> s.getString("start").equals(start)),
                "the cancelled time is free again");
    }

    @Test
    void staffCalendarShowsTheBookingAndBooksForSomeoneOnThePhone() {
        JsonObject slot = Citizen.someSlot("arnstadt", "soziale-isolation", 0);
        Citizen citizen = new Citizen();
        String reference = Kompass.object(citizen.book(citizen.booking("arnstadt", "soziale-isolation", slot.getString("start"))
                .add("name", "Nelke"))).getString("reference");
        String day = slot.getString("start").substring(0, 10);
        WebDriver browser = Browser.start("de-DE");
        try {
            Browser.login(browser, "empfang-arnstadt");
            browser.get(Kompass.BASE_URL + "/termine/arnstadt?tag=" + day + "&ansicht=tag");
            assertTrue(browser.findElement(By.cssSelector("tr[data-reference='" + reference + "']")).getText().contains("Nelke"));
            axeClean(browser, "staff calendar");

            List<JsonObject> free = Citizen.staffSlots(Kompass.as("empfang-arnstadt"), "arnstadt", "kognitive-einschraenkungen");
            String freeDay = free.get(free.size() - 1).getString("start").substring(0, 10);
            browser.get(Kompass.BASE_URL + "/termine/arnstadt?tag=" + day + "&anliegen=kognitive-einschraenkungen&frei=" + freeDay);
            axeClean(browser, "staff booking form");
            browser.findElement(By.cssSelector("#staff-booking input[name=start]")).click();
            browser.findElement(By.id("name")).sendKeys("Herr B.");
            browser.findElement(By.id("phone")).sendKeys("03628 1234");
            browser.findElement(By.id("staff-book")).click();
            assertTrue(new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText().startsWith("Termin eingetragen"));
        } finally {
            browser.quit();
        }
    }
}

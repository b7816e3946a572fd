package de.thinka.kompass.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A counsellor makes a handover in the browser (no curl): the form with consent item by item, the invitation
 * that carries only the consented items, "Meine Übergaben" with the state, and withdrawing through the
 * "really?" step. axe-core on every page; and without JavaScript a refusal keeps what was entered. The tests
 * share one partner contact and tell their mails apart by the handover number in the calendar.
 */
class HandoverBrowserIT {

    static final Duration DEADLINE = Duration.ofSeconds(45);
    static final String PHONE = "0176 5550199";
    static long contactId;
    static String contactEmail;

    @BeforeAll
    static void serverMailboxAndPartner() {
        Kompass.awaitReady(Duration.ofSeconds(60));
        Mailbox.open();
        Kompass admin = Kompass.as("admin");
        String partner = "it-browser-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("/api/partners", Json.createObjectBuilder()
                .add("id", partner).add("name", "Wohnungshilfe Test Arnstadt").add("type", "HOUSING_EMERGENCY")
                .add("street", "Ried 3").add("postalCode", "99310").add("city", "Arnstadt")
                .add("offices", Json.createArrayBuilder().add("arnstadt")).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        contactEmail = "browser-" + UUID.randomUUID() + "@partner.test";
        HttpResponse<String> added = admin.post("/api/partners/" + partner + "/contacts",
                Json.createObjectBuilder().add("name", "Herr Öztürk").add("email", contactEmail).build().toString());
        assertEquals(201, added.statusCode(), added.body());
        contactId = Kompass.object(added).getJsonNumber("id").longValue();
    }

    static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    static void axeClean(WebDriver browser, String page) {
        assertEquals(List.of(), Browser.axeViolations(browser), "axe on " + page);
    }

    /** Date and time inputs show the browser's locale; the value underneath is ISO, so set that. */
    static void setValue(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void counsellorCreatesAHandoverSharingOnlyTheNameAndWithdrawsIt() {
        String day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(12).toString();
        WebDriver browser = Browser.start("de-DE");
        try {
            Browser.login(browser, "beratung-arnstadt");
            browser.findElement(By.id("new-handover")).click();
            waiting(browser).until(ExpectedConditions.urlContains("/intern/uebergabe.xhtml"));
            axeClean(browser, "the new-handover form");
            assertTrue(browser.findElement(By.id("discreet")).isSelected(), "discreet by default");
            assertEquals("60", browser.findElement(By.id("duration")).getAttribute("value"));

            new Select(browser.findElement(By.id("contact"))).selectByValue(String.valueOf(contactId));
            setValue(browser, "date", day);
            setValue(browser, "time", "10:30");
            new Select(browser.findElement(By.id("concern"))).selectByValue("schulden");
            browser.findElement(By.id("name")).sendKeys("Jürgen Müller");
            browser.findElement(By.id("phone")).sendKeys(PHONE);
            browser.findElement(By.id("note")).sendKeys("Kündigung liegt vor");
            browser.findElement(By.id("consent-NAME")).click();
            browser.findElement(By.id("send")).click();

            String done = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText();
            assertTrue(done.contains("Einladung"), done);
            assertEquals("eingeladen", text(browser, "state"));
            Matcher number = Pattern.compile("H-\\d{4}-\\d{4}").matcher(browser.findElement(By.tagName("h1")).getText());
            assertTrue(number.find(), browser.findElement(By.tagName("h1")).getText());
            axeClean(browser, "the handover's page");

            browser.findElement(By.id("back")).click();
            WebElement row = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr[data-number='" + number.group() + "']")));
            assertEquals("eingeladen", row.findElement(By.cssSelector("td.state")).getText());
            assertEquals("noch keine Antwort", row.findElement(By.cssSelector("td.answer")).getText());
            axeClean(browser, "Meine Übergaben");

            MimeMessage invitation = Mailbox.awaitMessagesTo(contactEmail,
                    HandoverIT.calendarWith(number.group(), "METHOD:REQUEST", "SEQUENCE:0"), 1, DEADLINE).get(0);
            String everything = HandoverIT.allText(invitation);
            assertTrue(Mailbox.calendarText(invitation).replace("\r\n ", "").contains("Jürgen Müller"), "the name is consented");
            for (String secret : List.of(PHONE, "Kündigung", "Überschuldung")) {
                assertFalse(everything.contains(secret), "not consented, yet in the mail: " + secret);
            }
            assertEquals("Termin – Übergabe " + number.group(), Mailbox.subject(invitation));

            row.findElement(By.cssSelector("a.withdraw")).click();
            waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-withdraw")));
            assertEquals("Wirklich zurückziehen?", text(browser, "confirm-heading"));
            assertEquals("eingeladen", text(browser, "state"), "following the link withdrew nothing");
            axeClean(browser, "the confirmation step");
            browser.findElement(By.id("confirm-withdraw")).click();
            waiting(browser).until(ExpectedConditions.textToBe(By.id("state"), "zurückgezogen"));
            assertTrue(browser.findElements(By.id("withdraw")).isEmpty(), "nothing left to withdraw");
            Mailbox.awaitMessagesTo(contactEmail, HandoverIT.calendarWith(number.group(), "METHOD:CANCEL"), 1, DEADLINE);
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptARefusalKeepsWhatWasEntered() {
        WebDriver browser = Browser.start("en-GB", false);
        try {
            Browser.login(browser, "beratung-arnstadt");
            // the form takes its fields from the query too; typing into date inputs depends on the browser's locale
            browser.get(Kompass.BASE_URL + "/intern/uebergabe.xhtml?lang=en&date=2020-01-01&time=09:00");
            assertEquals("Send invitation", text(browser, "send"));
            new Select(browser.findElement(By.id("contact"))).selectByValue(String.valueOf(contactId));
            browser.findElement(By.id("name")).sendKeys("Rosa");
            browser.findElement(By.id("consent-PHONE")).click();
            browser.findElement(By.id("discreet")).click();
            browser.findElement(By.id("save-draft")).click();

            String problem = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
            assertTrue(problem.contains("past"), problem);
            assertEquals("Rosa", browser.findElement(By.id("name")).getAttribute("value"));
            assertEquals("2020-01-01", browser.findElement(By.id("date")).getAttribute("value"));
            assertEquals(String.valueOf(contactId), new Select(browser.findElement(By.id("contact")))
                    .getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.findElement(By.id("consent-PHONE")).isSelected());
            assertFalse(browser.findElement(By.id("consent-NAME")).isSelected());
            assertFalse(browser.findElement(By.id("discreet")).isSelected(), "the choice is kept");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aBookingPrefillsTheForm() {
        JsonObject slot = Citizen.someSlot("arnstadt", "gesundheit", 0);
        Citizen citizen = new Citizen();
        String reference = Kompass.object(citizen.book(citizen.booking("arnstadt", "gesundheit", slot.getString("start"))
                .add("name", "Frau Linde").add("phone", "03628 4711"))).getString("reference");
        WebDriver browser = Browser.start("de-DE");
        try {
            Browser.login(browser, "beratung-arnstadt");
            browser.get(Kompass.BASE_URL + "/intern/uebergabe.xhtml?termin=" + reference);
            assertTrue(text(browser, "origin").contains(reference), text(browser, "origin"));
            assertEquals("Frau Linde", browser.findElement(By.id("name")).getAttribute("value"));
            assertEquals("03628 4711", browser.findElement(By.id("phone")).getAttribute("value"));
            assertEquals("gesundheit", new Select(browser.findElement(By.id("concern"))).getFirstSelectedOption().getAttribute("value"));
            assertFalse(browser.findElement(By.id("consent-PHONE")).isSelected(), "prefilled is not consented");
            axeClean(browser, "the prefilled form");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aDraftIsSentLaterRescheduledAndTheConsentRevoked() {
        String day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(14).toString();
        WebDriver browser = Browser.start("de-DE");
        try {
            Browser.login(browser, "beratung-arnstadt");
            browser.get(Kompass.BASE_URL + "/intern/uebergabe.xhtml?date=" + day + "&time=09:00");
            new Select(browser.findElement(By.id("contact"))).selectByValue(String.valueOf(contactId));
            browser.findElement(By.id("save-draft")).click();
            waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertEquals("Entwurf", text(browser, "state"));
            assertTrue(browser.findElements(By.id("ics")).isEmpty(), "a draft has no invitation yet");
            Matcher number = Pattern.compile("H-\\d{4}-\\d{4}").matcher(browser.findElement(By.tagName("h1")).getText());
            assertTrue(number.find());

            browser.findElement(By.id("send-draft")).click();
            waiting(browser).until(ExpectedConditions.textToBe(By.id("state"), "eingeladen"));
            Mailbox.awaitMessagesTo(contactEmail, HandoverIT.calendarWith(number.group(), "SEQUENCE:0"), 1, DEADLINE);

            setValue(browser, "time", "14:00");
            browser.findElement(By.id("reschedule")).click();
            waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("done"), "neue Zeit"));
            assertTrue(text(browser, "when").contains("14:00"), text(browser, "when"));
            Mailbox.awaitMessagesTo(contactEmail, HandoverIT.calendarWith(number.group(), "SEQUENCE:1"), 1, DEADLINE);

            browser.findElement(By.id("revoke")).click();
            waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-revoke")));
            axeClean(browser, "the revoke confirmation");
            browser.findElement(By.id("confirm-revoke")).click();
            waiting(browser).until(ExpectedConditions.textToBe(By.id("state"), "zurückgezogen"));
            assertTrue(text(browser, "consent").contains("Widerrufen am"), text(browser, "consent"));
            Mailbox.awaitMessagesTo(contactEmail, HandoverIT.calendarWith(number.group(), "METHOD:CANCEL"), 1, DEADLINE);
        } finally {
            browser.quit();
        }
    }
}

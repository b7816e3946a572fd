package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static de.thinka.kompass.system.BookingBrowserIT.awaitUrl;
import static de.thinka.kompass.system.BookingBrowserIT.tabAndEnter;
import static de.thinka.kompass.system.BookingBrowserIT.tabAndType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizens' pages (with the privacy notice) in German, Leichte Sprache, English, Ukrainian and Arabic: every
 * page and booking step passes axe-core on a phone-sized screen without overflowing, Arabic is right to left, the
 * switch keeps the place, booking by keyboard alone works in Arabic (with the mail in Arabic), a refused booking
 * answers in Ukrainian, the ticket page shows the live call in Ukrainian, and staff pages stay German or English.
 */
class LanguagesBrowserIT {

    private static final List<String> OWN_NAMES = List.of("Deutsch", "Leichte Sprache", "English", "Українська", "العربية");

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
        Mailbox.open();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "de, de, ltr, Termin verbindlich buchen",
            "ls, de, ltr, Termin jetzt machen",
            "en, en, ltr, Book this appointment",
            "uk, uk, ltr, Підтвердити запис",
            "ar, ar, rtl, تأكيد حجز الموعد"})
    void everyCitizenPagePassesAxeOnAPhone(String code, String tag, String dir, String bookButton) {
        JsonObject slot = Citizen.someSlot("ilmenau", "qualifikation", 0);
        String start = slot.getString("start");
        Citizen citizen = new Citizen();
        String token = Kompass.object(citizen.book(citizen.booking("ilmenau", "qualifikation", start))).getString("manageToken");
        String ticket = QueueIT.issue(Kompass.as("empfang-ilmenau"), "ilmenau", "{}").getString("token");
        String steps = "/termin?office=ilmenau&concern=qualifikation&day=" + start.substring(0, 10);

        WebDriver browser = Browser.start("de-DE");
        List<String> failures = new ArrayList<>();
        try {
            browser.manage().window().setSize(new Dimension(360, 780));
            browser.get(Kompass.BASE_URL + "/?lang=" + code);
            for (String page : List.of("/", "/termin", "/termin?office=ilmenau", "/termin?office=ilmenau&concern=qualifikation",
                    steps, steps + "&start=" + start.replace("+", "%2B"), "/termin?office=atlantis",
                    "/b/" + token + "?neu", "/b/" + token + "?verschieben", "/b/" + token + "?absagen",
                    "/t/" + ticket, "/t/" + ticket + "?drucken", "/anzeige/ilmenau", "/gibt-es-nicht", "/datenschutz")) {
                browser.get(Kompass.BASE_URL + page);
                checkPage(browser, page, code, tag, dir, failures);
            }
            browser.get(Kompass.BASE_URL + steps + "&start=" + start.replace("+", "%2B"));
            assertEquals(bookButton, browser.findElement(By.id("book")).getText());
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), failures);
    }

    /** The remembered language, its html lang and dir, the switch, no overflow, axe clean. */
    private static void checkPage(WebDriver browser, String page, String code, String tag, String dir, List<String> failures) {
        WebElement html = browser.findElement(By.tagName("html"));
        if (!tag.equals(html.getAttribute("lang")) || !dir.equals(html.getAttribute("dir"))) {
            failures.add(page + ": lang=" + html.getAttribute("lang") + " dir=" + html.getAttribute("dir"));
        }
        if (browser.getPageSource().contains("???")) {
            failures.add(page + ": a missing text key");
        }
        List<WebElement> languages = browser.findElements(By.cssSelector("nav.languages a"));
        if (!OWN_NAMES.equals(languages.stream().map(WebElement::getText).toList())) {
            failures.add(page + ": language switch " + languages.stream().map(WebElement::getText).toList());
        } else if (!"true".equals(browser.findElement(By.id("lang-" + code)).getAttribute("aria-current"))) {
            failures.add(page + ": current language not marked");
        }
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        // the display is a television across the waiting room, not a phone page
        if (overflow.intValue() > 0 && !page.startsWith("/anzeige/")) {
            failures.add(page + ": " + overflow + " px wider than the phone");
        }
        List<String> violations = Browser.axeViolations(browser);
        if (!violations.isEmpty()) {
            failures.add(page + ": axe " + violations);
        }
    }

    @Test
    void bookingByKeyboardAloneInArabicWithTheMailInArabic() {
        JsonObject slot = Citizen.someSlot("arnstadt", "motivation", 0);
        String start = slot.getString("start");
        String email = "arabisch-" + System.nanoTime() + "@example.org";
        WebDriver browser = Browser.start("ar");
        try {
            browser.get(Kompass.BASE_URL + "/termin");
            assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"), "Arabic from Accept-Language");
            assertEquals("إلى أي مركز تريدون الحضور؟", browser.findElement(By.id("step-heading")).getText());
            tabAndEnter(browser, By.cssSelector("a.choice[href$='office=arnstadt']"));
            awaitUrl(browser, "office=arnstadt");
            tabAndEnter(browser, By.cssSelector("a.choice[href$='concern=motivation']"));
            awaitUrl(browser, "concern=motivation");
            assertEquals("فقدان الدافع", browser.findElement(By.cssSelector("#chosen dd:nth-of-type(2)")).getText()
                    .replace(browser.findElement(By.cssSelector("#chosen dd:nth-of-type(2) a")).getText(), "").strip());
            tabAndEnter(browser, By.cssSelector("a.choice[href$='day=" + start.substring(0, 10) + "']"));
            awaitUrl(browser, "day=");
            String time = OffsetDateTime.parse(start).atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime().toString();
            tabAndEnter(browser, browser.findElements(By.cssSelector("ul.times a.choice")).stream()
                    .filter(link -> link.getText().startsWith(time)).findFirst().orElseThrow());
            awaitUrl(browser, "start=");
            tabAndType(browser, By.id("name"), "ياسمين");
            tabAndType(browser, By.id("email"), email);
            tabAndEnter(browser, By.id("book"));
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertEquals("تم حجز موعدكم. يُرجى تدوين رقم الحجز أو حفظ هذه الصفحة.", browser.findElement(By.id("done")).getText());
            assertEquals("ltr", browser.findElement(By.id("reference")).getAttribute("dir"), "the reference reads left to right");
            assertTrue(browser.findElement(By.id("when")).getText().contains("من " + time + " إلى "),
                    browser.findElement(By.id("when")).getText());
            BookingBrowserIT.axeClean(browser, "Arabic confirmation");
        } finally {
            browser.quit();
        }
        MimeMessage mail = Mailbox.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(Mailbox.subject(mail).startsWith("موعدكم لدى"), Mailbox.subject(mail));
        assertTrue(Mailbox.plainText(mail).contains("رقم الحجز:"), Mailbox.plainText(mail));
    }

    @Test
    void theSwitchKeepsTheBookingStepAndWorksByKeyboard() {
        WebDriver browser = Browser.start("de-DE");
        try {
            browser.get(Kompass.BASE_URL + "/termin?office=ilmenau&concern=schulden&lang=de");
            WebElement ukrainian = browser.findElement(By.id("lang-uk"));
            assertEquals("uk", ukrainian.getAttribute("lang"));
            assertEquals("uk", ukrainian.getAttribute("hreflang"));
            assertEquals("de", browser.findElement(By.id("lang-ls")).getAttribute("hreflang"), "Leichte Sprache is German");
            tabAndEnter(browser, ukrainian);
            awaitUrl(browser, "lang=uk");
            assertTrue(browser.getCurrentUrl().contains("office=ilmenau&concern=schulden"), browser.getCurrentUrl());
            assertEquals("uk", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("У який день?", browser.findElement(By.id("step-heading")).getText());

            browser.get(Kompass.BASE_URL + "/termin");
            assertEquals("uk", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
            tabAndEnter(browser, By.id("lang-ls"));
            awaitUrl(browser, "lang=ls");
            assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Wohin möchten Sie kommen?", browser.findElement(By.id("step-heading")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aRefusedBookingSpeaksUkrainianAndItsSwitchKeepsTheSteps() {
        JsonObject slot = Citizen.someSlot("arnstadt", "gesundheit", 1);
        String start = slot.getString("start");
        Citizen first = new Citizen();
        assertEquals(201, first.book(first.booking("arnstadt", "gesundheit", start)).statusCode());
        WebDriver browser = Browser.start("uk-UA", false);
        try {
            browser.get(Kompass.BASE_URL + "/termin?office=arnstadt&concern=gesundheit&day=" + start.substring(0, 10)
                    + "&start=" + start.replace("+", "%2B"));
            browser.findElement(By.id("name")).sendKeys("Оксана");
            browser.findElement(By.id("book")).click();
            assertEquals("На жаль, цей час щойно зайняли. Будь ласка, виберіть інший час.",
                    new WebDriverWait(browser, Duration.ofSeconds(10))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText());
            assertEquals("uk", browser.findElement(By.tagName("html")).getAttribute("lang"));
            String arabic = browser.findElement(By.id("lang-ar")).getAttribute("href");
            assertTrue(arabic.contains("/termin.xhtml?office=arnstadt&concern=gesundheit&day=") && arabic.endsWith("&lang=ar")
                    && !arabic.contains("name="), arabic);
            browser.get(arabic);
            assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
            assertTrue(browser.findElement(By.id("chosen")).getText().contains("القيود الصحية"),
                    browser.findElement(By.id("chosen")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void ticketPageInUkrainianShowsTheLiveCallInUkrainian() {
        Kompass counsellor = Kompass.as("beratung-ilmenau");
        QueueIT.drain(counsellor, "ilmenau");
        JsonObject issued = QueueIT.issue(Kompass.as("empfang-ilmenau"), "ilmenau", "{}");
        WebDriver phone = Browser.start("uk-UA");
        try {
            phone.get(Kompass.BASE_URL + "/t/" + issued.getString("token"));
            assertEquals("uk", phone.findElement(By.tagName("html")).getAttribute("lang"), "Ukrainian from Accept-Language");
            assertEquals("Ви очікуєте.", phone.findElement(By.id("ticket-state")).getText());
            assertEquals("ltr", phone.findElement(By.id("ticket-number")).getAttribute("dir"));

            assertEquals(200, counsellor.post("/api/offices/ilmenau/desks/raum-1/call-next", "").statusCode());
            new WebDriverWait(phone, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("turn")));
            assertEquals("Ваша черга: Raum 1", phone.findElement(By.id("turn")).getText());
            assertEquals("Вас викликають.", phone.findElement(By.id("ticket-state")).getText());
        } finally {
            phone.quit();
        }
    }

    @ParameterizedTest(name = "browser {0}")
    @CsvSource({"'uk-UA,en', en", "'ar', de"})
    void staffPagesStayGermanOrEnglish(String browserLanguages, String expected) {
        WebDriver browser = Browser.start(browserLanguages);
        try {
            browser.get(Kompass.BASE_URL + "/?lang=" + browserLanguages.substring(0, 2));
            assertEquals(browserLanguages.substring(0, 2), browser.findElement(By.tagName("html")).getAttribute("lang"));
            Browser.login(browser, "empfang-arnstadt");
            WebElement html = browser.findElement(By.tagName("html"));
            assertEquals(expected, html.getAttribute("lang"));
            assertEquals("ltr", html.getAttribute("dir"));
            assertFalse(browser.getPageSource().contains("???"), "no missing keys");
            assertEquals(List.of("Deutsch", "English"), browser.findElements(By.cssSelector("nav.languages a")).stream()
                    .map(WebElement::getText).toList(), "staff pages offer German and English");
            assertEquals("true", browser.findElement(By.id("lang-" + expected)).getAttribute("aria-current"));
        } finally {
            browser.quit();
        }
    }
}

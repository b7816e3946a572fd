package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reception board, waiting-room display and the visitor's page in real browsers, live. */
class QueueBrowserIT {

    private WebDriver reception;
    private WebDriver display;

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @BeforeEach
    void openBrowsers() {
        reception = Browser.start("de-DE");
        display = Browser.start("de-DE");
    }

    @AfterEach
    void closeBrowsers() {
        reception.quit();
        display.quit();
    }

    @Test
    void ticketFromTheBoardAppearsOnTheDisplayAndTheCallWithinOneSecond() {
        Kompass counsellor = Kompass.as("beratung-arnstadt");
        QueueIT.drain(counsellor, "arnstadt");

        display.get(Kompass.BASE_URL + "/anzeige/arnstadt");
        awaitConnected(display);
        assertEquals(List.of(), Browser.axeViolations(display), "display passes axe");

        Browser.login(reception, "empfang-arnstadt");
        reception.get(Kompass.BASE_URL + "/empfang/arnstadt");
        awaitConnected(reception);
        reception.findElement(By.id("pseudonym")).sendKeys("Frieda");
        reception.findElement(By.id("issue-button")).click();
        String number = new WebDriverWait(reception, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".issued-number"))).getText();
        assertTrue(number.matches("A-\\d{3}"), number);
        waitFor(reception, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue tr[data-number='" + number + "']")), 5);
        assertEquals(List.of(), Browser.axeViolations(reception), "reception board passes axe");

        new WebDriverWait(display, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("waiting-numbers"), number));
        assertFalse(display.getPageSource().contains("Frieda"), "the display never shows a name");

        long id = ticketId(counsellor, number);
        HttpResponse<String> called = counsellor.post("/api/tickets/" + id + "/call", "{\"desk\":\"raum-2\"}");
        assertEquals(200, called.statusCode(), called.body());
        new WebDriverWait(display, Duration.ofSeconds(1), Duration.ofMillis(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#called .call.latest"), number));
        assertTrue(display.findElement(By.cssSelector("#called .call.latest")).getText().contains("Raum 2"));
    }

    @Test
    void visitorsPhoneShowsYourTurnWhenCalled() {
        Kompass counsellor = Kompass.as("beratung-arnstadt");
        QueueIT.drain(counsellor, "arnstadt");
        JsonObject issued = QueueIT.issue(Kompass.as("empfang-arnstadt"), "arnstadt", "{}");
        WebDriver phone = display;
        phone.get(Kompass.BASE_URL + "/t/" + issued.getString("token"));
        assertEquals(issued.getString("number"), phone.findElement(By.id("ticket-number")).getText());
        assertEquals("0", phone.findElement(By.id("ticket-position")).getText(), "nobody ahead");
        assertEquals(List.of(), Browser.axeViolations(phone), "ticket page passes axe");

        assertEquals(200, counsellor.post("/api/offices/arnstadt/desks/raum-3/call-next", "").statusCode());
        new WebDriverWait(phone, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(By.id("turn")));
        assertTrue(phone.findElement(By.id("turn")).getText().contains("Sie sind dran: Raum 3"));

        phone.get(Kompass.BASE_URL + "/t/" + issued.getString("token") + "?drucken");
        assertTrue(phone.findElement(By.cssSelector("figure.qr svg path")).getAttribute("d").startsWith("M"));
    }

    private static void awaitConnected(WebDriver browser) {
        waitFor(browser, ExpectedConditions.textToBe(By.id("connection"), "verbunden"), 10);
    }

    /** Waits for a condition; on failure tells the page, its live connection and the browser's console. */
    private static <T> T waitFor(WebDriver browser, org.openqa.selenium.support.ui.ExpectedCondition<T> condition, int seconds) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(seconds)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            String connection = browser.findElement(By.id("connection")).getText() + " (close code "
                    + browser.findElement(By.id("connection")).getAttribute("data-close-code") + ")";
            throw new AssertionError(condition + " failed on " + browser.getCurrentUrl() + ", connection " + connection
                    + ", console: " + browser.manage().logs().get("browser").getAll(), e);
        }
    }

    @Test
    void counsellorHandsTheVisitorInServiceOverFromTheDeskView() {
        Kompass counsellor = Kompass.as("beratung-ilmenau");
        QueueIT.drain(counsellor, "ilmenau");
        JsonObject ticket = QueueIT.issue(Kompass.as("empfang-ilmenau"), "ilmenau", "{\"pseudonym\":\"Wanda\",\"concern\":\"schulden\"}");
        HttpResponse<String> called = counsellor.post("/api/offices/ilmenau/desks/raum-1/call-next", "");
        assertEquals(200, called.statusCode(), called.body());
        assertEquals(200, counsellor.post("/api/tickets/" + ticket.getJsonNumber("id").longValue() + "/start", "").statusCode());

        Browser.login(reception, "beratung-ilmenau");
        reception.get(Kompass.BASE_URL + "/beratung/ilmenau");
        awaitConnected(reception);
        waitFor(reception, ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#queue tr[data-number='" + ticket.getString("number") + "'] a.handover")), 5).click();
        new WebDriverWait(reception, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("uebergabe.xhtml?ticket="));
        try {
            assertEquals("Wanda", new WebDriverWait(reception, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("name")))
                    .getAttribute("value"), "the form takes the call name over");
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError(reception.getPageSource(), notThere);
        }
    }

    private static long ticketId(Kompass staff, String number) {
        return Kompass.object(staff.get("/api/offices/arnstadt/queue")).getJsonArray("tickets").stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("number").equals(number))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}

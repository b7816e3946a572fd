package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium: the statistics page draws its charts (ECharts on a canvas) over the demo data and passes axe-core;
 * reception ticks "first contact" on the board and the counsellor adds a concern in the desk view.
 */
class StatisticsBrowserIT {

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

    @Test
    void statisticsPageDrawsTheChartsAndPassesAxe() {
        Browser.login(browser, "admin");
        browser.findElement(By.id("statistics")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-time canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-concerns canvas")));
        assertTrue(browser.findElement(By.cssSelector("#chart-time canvas")).getSize().getHeight() > 100, "the chart has its room");
        assertTrue(browser.findElement(By.id("table-contacts")).getText().contains("Summe"));
        assertEquals(List.of(), Browser.axeViolations(browser), "statistics page passes axe");

        new Select(browser.findElement(By.id("period"))).selectByValue("week");
        browser.findElement(By.id("show")).click();
        wait.until(ExpectedConditions.urlContains("period=week"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("table-contacts"), "KW "));
        assertTrue(browser.findElement(By.id("csv")).getAttribute("href").contains("period=week"));
    }

    @Test
    void receptionMarksAFirstContactAndTheCounsellorAddsAConcern() {
        Browser.login(browser, "empfang-arnstadt");
        browser.get(Kompass.BASE_URL + "/empfang/arnstadt");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("connection"), "verbunden"));
        new Select(browser.findElement(By.id("concern"))).selectByValue("schulden");
        browser.findElement(By.id("first-contact")).click();
        browser.findElement(By.id("issue-button")).click();
        String number = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".issued-number"))).getText();

        Kompass counsellor = Kompass.as("beratung-arnstadt");
        JsonObject ticket = Kompass.object(counsellor.get("/api/offices/arnstadt/queue")).getJsonArray("tickets")
                .getValuesAs(JsonObject.class).stream().filter(t -> number.equals(t.getString("number"))).findFirst().orElseThrow();
        assertTrue(ticket.getBoolean("firstContact"), ticket.toString());
        long id = ticket.getJsonNumber("id").longValue();
        for (String action : List.of("call", "start")) {
            HttpResponse<String> done = counsellor.post("/api/tickets/" + id + "/" + action, "{\"desk\":\"raum-3\"}");
            assertEquals(200, done.statusCode(), done.body());
        }

        browser.manage().deleteAllCookies();
        Browser.login(browser, "beratung-arnstadt");
        browser.get(Kompass.BASE_URL + "/beratung/arnstadt");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-concern-" + id)));
        new Select(browser.findElement(By.id("add-concern-" + id))).selectByValue("gesundheit");
        browser.findElement(By.cssSelector("#queue tr[data-number='" + number + "'] button[data-action='add-concern']")).click();
        By row = By.cssSelector("#queue tr[data-number='" + number + "']");
        // the row is drawn anew with each live event: both concerns in one look at it
        wait.until(ExpectedConditions.and(ExpectedConditions.textToBePresentInElementLocated(row, "Gesundheitliche Einschränkungen"),
                ExpectedConditions.textToBePresentInElementLocated(row, "Ver-/Überschuldung"),
                ExpectedConditions.textToBePresentInElementLocated(row, "Erstkontakt")));
        assertEquals(List.of(), Browser.axeViolations(browser), "desk view with the concern control passes axe");
        assertEquals(200, counsellor.post("/api/tickets/" + id + "/finish", "").statusCode());
    }
}

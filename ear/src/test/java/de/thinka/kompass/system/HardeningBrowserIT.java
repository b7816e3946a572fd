package de.thinka.kompass.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every main page works under the strict Content-Security-Policy (no inline script, style or event handler):
 * Chromium logs each refused one on its console, and there must be none, also while the pages' scripts run
 * (live connections, buttons).
 */
class HardeningBrowserIT {

    @BeforeAll
    static void serverReady() {
        Kompass.awaitReady(Duration.ofSeconds(60));
    }

    @Test
    void publicPagesRunWithoutAnyContentSecurityPolicyViolation() {
        Citizen citizen = new Citizen();
        JsonObject slot = Citizen.someSlot("arnstadt", "schul-berufsabschluss", 0);
        String manageToken = Kompass.object(citizen.book(citizen.booking("arnstadt", "schul-berufsabschluss",
                Citizen.someSlot("arnstadt", "schul-berufsabschluss", 0).getString("start")))).getString("manageToken");
        String ticketToken = QueueIT.issue(Kompass.as("empfang-arnstadt"), "arnstadt", "{}").getString("token");
        WebDriver browser = Browser.start("de-DE");
        try {
            browser.get(Kompass.BASE_URL + "/");
            ((JavascriptExecutor) browser).executeScript("const probe = document.createElement('div');"
                    + "probe.setAttribute('onclick', 'void 0'); document.body.append(probe); probe.click(); probe.remove();");
            assertFalse(Browser.cspViolations(browser).isEmpty(), "the check sees a refused inline event handler");

            List<String> violations = new ArrayList<>();
            for (String page : List.of("/", "/termin", "/termin?office=arnstadt&concern=schul-berufsabschluss&day="
                            + slot.getString("start").substring(0, 10) + "&start=" + slot.getString("start").replace("+", "%2B"),
                    "/b/" + manageToken, "/b/" + manageToken + "?absagen", "/t/" + ticketToken, "/anzeige/arnstadt",
                    "/login", "/gibt-es-nicht")) {
                violations.addAll(visit(browser, page));
            }
            browser.get(Kompass.BASE_URL + "/b/" + manageToken + "?absagen");
            browser.findElement(By.id("confirm-cancel")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("state"), "abgesagt"));
            violations.addAll(Browser.cspViolations(browser));
            assertEquals(List.of(), violations);
        } finally {
            browser.quit();
        }
    }

    @Test
    void staffPagesRunWithoutAnyContentSecurityPolicyViolation() {
        List<String> violations = new ArrayList<>();
        violations.addAll(staffPages("empfang-arnstadt", List.of("/intern/start", "/empfang/arnstadt")));
        violations.addAll(staffPages("beratung-arnstadt", List.of("/beratung/arnstadt", "/termine/arnstadt",
                "/intern/uebergabe.xhtml", "/intern/uebergaben.xhtml")));
        violations.addAll(staffPages("admin", List.of("/intern/postausgang.xhtml")));
        assertEquals(List.of(), violations);
    }

    private static List<String> staffPages(String username, List<String> pages) {
        WebDriver browser = Browser.start("de-DE");
        try {
            Browser.login(browser, username);
            List<String> violations = new ArrayList<>(Browser.cspViolations(browser));
            for (String page : pages) {
                violations.addAll(visit(browser, page));
            }
            if (pages.contains("/empfang/arnstadt")) {
                browser.get(Kompass.BASE_URL + "/empfang/arnstadt");
                awaitLive(browser);
                browser.findElement(By.id("issue-button")).click();
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".issued-number")));
                violations.addAll(Browser.cspViolations(browser));
            }
            return violations;
        } finally {
            browser.quit();
        }
    }

    private static List<String> visit(WebDriver browser, String page) {
        browser.get(Kompass.BASE_URL + page);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        if (!browser.findElements(By.id("connection")).isEmpty()) {
            awaitLive(browser);
        }
        return Browser.cspViolations(browser).stream().map(violation -> page + ": " + violation).toList();
    }

    /** Pages with a live connection show its state; waiting for "connected" proves connect-src lets it through. */
    private static void awaitLive(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            var connection = driver.findElement(By.id("connection"));
            return !connection.getText().isBlank() && !"…".equals(connection.getText())
                    && !connection.getAttribute("class").contains("offline");
        });
    }
}

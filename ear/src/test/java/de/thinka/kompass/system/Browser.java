package de.thinka.kompass.system;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser downloads), plus axe-core
 * (served from the test classpath, never from a CDN) for accessibility checks.
 */
public final class Browser {

    private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/";

    private Browser() {
    }

    public static WebDriver start(String language) {
        return start(language, true);
    }

    /** A headless Chromium; with {@code javascript} false, pages run without any script (as some visitors have it). */
    public static WebDriver start(String language, boolean javascript) {
        String chromium = System.getProperty("kompass.it.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("kompass.it.chromedriver", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (looked for " + chromium + " and " + chromedriver + ")");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("kompass-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", javascript ? Map.of("intl.accept_languages", language)
                : Map.of("intl.accept_languages", language, "profile.managed_default_content_settings.javascript", 2));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Runs axe-core on the current page; returns the violations as "rule: help (n nodes)". */
    @SuppressWarnings("unchecked")
    public static List<String> axeViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '"
                        + " + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    private static String axeSource() {
        ClassLoader loader = Browser.class.getClassLoader();
        String version = System.getProperty("kompass.it.axeVersion", "4.6.3");
        try (InputStream in = loader.getResourceAsStream(AXE_RESOURCE + version + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core " + version + " not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Content-Security-Policy violations the browser logged since the last call (Chromium logs every refused
     * inline script, style, event handler or connection on the console).
     */
    public static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Logs in on the login page as a demo account and waits for the staff start page. */
    public static void login(WebDriver driver, String username) {
        driver.get(Kompass.BASE_URL + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(Kompass.DEMO_PASSWORD);
        driver.findElement(org.openqa.selenium.By.id("submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/intern/start"));
    }
}

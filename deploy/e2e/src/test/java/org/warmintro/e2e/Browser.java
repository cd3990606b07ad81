package org.warmintro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as a person's browser: nothing is downloaded, and a
 * machine without the two packages skips the tests that need it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String AXE = axeSource();

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test, saying how to install them, where Chromium or its driver is missing. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "The web app's browser tests need Debian's Chromium and its driver: "
                        + "sudo apt-get install -y chromium chromium-driver");
    }

    /** A fresh browser with an empty profile, in English unless {@code language} says otherwise. */
    static Browser start(String language) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=" + language,
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    void waitForText(By what, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    void fill(By what, String text) {
        WebElement input = waitFor(what);
        input.clear();
        input.sendKeys(text);
    }

    /** Drops {@code file} on {@code zone} as a person drags it there from their file manager. */
    void dropFile(WebElement zone, Path file) {
        JavascriptExecutor js = driver;
        WebElement carrier = (WebElement) js.executeScript("""
                const input = document.createElement('input');
                input.type = 'file';
                document.body.append(input);
                return input;""");
        carrier.sendKeys(file.toAbsolutePath().toString());
        js.executeScript("""
                const [zone, input] = arguments;
                const transfer = new DataTransfer();
                transfer.items.add(input.files[0]);
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                input.remove();""", zone, carrier);
    }

    /**
     * Runs axe-core on the page against WCAG 2.2 A and AA, and fails on each serious or critical violation; then
     * keeps a screenshot of the screen under {@code target/screenshots/<name>.png} for review.
     */
    void checkScreen(String name) {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
                  .catch(error => done([{id: 'axe-failed', help: String(error), targets: ''}]));""");
        screenshot(name);
        assertThat(violations).as("serious or critical accessibility violations on the screen " + name).isEmpty();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the screenshot " + name, e);
        }
    }

    /** Whether the page, at the window's current width, needs no horizontal scrolling. */
    boolean fitsTheWidth() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String axeSource() {
        try (InputStream axe = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath (com.deque.html.axe-core)");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kg.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and chromedriver, headless, for the page tests: nothing is downloaded. */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A browser with its profile in {@code dir}, saving downloads to {@code downloads}. */
    static ChromeDriver start(Path dir, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + dir.resolve("chromium"), "--window-size=1400,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }

    /** A browser with its profile in {@code dir}, saving downloads to {@code dir/downloads}. */
    static ChromeDriver start(Path dir) throws IOException {
        return start(dir, Files.createDirectories(dir.resolve("downloads")));
    }

    /** Ends a page test: the browser, then the server it looked at; either may never have started. */
    static void quit(ChromeDriver browser, ServerProcess server) throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void waitUntil(ChromeDriver browser, String what, BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    static void screenshot(ChromeDriver browser, Path file) throws IOException {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
    }
}

package dev.fieldcrm.api.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The machine's own headless Chromium and chromedriver (Debian {@code chromium}, {@code chromium-driver}, installed
 * by {@code .mvn/select-jdk.sh} when missing), driven by Selenium. Never a downloaded browser or driver: the paths
 * are given to Selenium, so its driver manager is not asked. Override with {@code FIELDCRM_CHROMIUM} and
 * {@code FIELDCRM_CHROMEDRIVER}.
 */
public final class Chromium {
    private static final String BROWSER = setting("FIELDCRM_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = setting("FIELDCRM_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test, saying what is missing, when the browser or its driver is not installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER)),
                "browser test skipped: " + BROWSER + " or " + DRIVER + " is missing and could not be installed"
                        + " (apt-get install chromium chromium-driver; ./mvnw does it when it runs as root or with sudo)");
    }

    /** A fresh headless browser with its own empty profile; quit it after the test. */
    public static ChromeDriver start() {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1024,900", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String freshProfile() {
        try {
            Path dir = Files.createTempDirectory("fieldcrm-chromium-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}

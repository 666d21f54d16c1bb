package dev.fazhi.cli.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The system's headless Chromium, driven by Selenium through the system's chromedriver: Debian's
 * {@code chromium} and {@code chromium-driver} packages, at /usr/bin unless the system properties
 * {@code fazhi.chromium} and {@code fazhi.chromedriver} say otherwise. Selenium never downloads a
 * driver or a browser. Without them the browser tests fail and say what to install; they are skipped
 * only when asked ({@code -Dfazhi.browser-tests=skip}).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("fazhi.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("fazhi.chromedriver", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether the browser tests were switched off on purpose. */
  static boolean skipped() {
    return "skip".equals(System.getProperty("fazhi.browser-tests"));
  }

  /**
   * Why the browser cannot be started, or null when it can.
   *
   * @return the reason, with what to install
   */
  static String missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return null;
    }
    return "The browser tests need headless Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
        + ". Install them (Debian/Ubuntu: apt-get install -y chromium chromium-driver), or point"
        + " -Dfazhi.chromium=... -Dfazhi.chromedriver=... at them, or skip these tests with"
        + " -Dfazhi.browser-tests=skip.";
  }

  static Browser start(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("fazhi-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
    return new Browser(driver, profile);
  }

  /**
   * The errors the pages logged since the last call: script errors, failed loads, console.error.
   *
   * @return the messages
   */
  List<String> errors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}

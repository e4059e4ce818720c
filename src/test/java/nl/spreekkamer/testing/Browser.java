package nl.spreekkamer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, with axe-core checks. On a machine without Chromium
 * the tests are skipped, except in CI (CI=true), where a missing browser fails the build.
 */
public final class Browser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Browser() {}

  public static ChromeDriver start() throws java.io.IOException {
    return start(Files.createTempDirectory("chromium-downloads"));
  }

  /** A browser that saves downloaded files in {@code downloads}. */
  public static ChromeDriver start(Path downloads) throws java.io.IOException {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!available && !"true".equals(System.getenv("CI"))) {
      Assumptions.abort(
          "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=nl",
        // No CSS transitions (app.css honours the setting): axe judges final colours, not a fade.
        "--force-prefers-reduced-motion",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /**
   * Runs axe-core (WCAG 2.1 A and AA rules) and fails on serious or critical violations. Waits
   * first until PrimeFaces has no Ajax request in flight: a button is dimmed while its request
   * runs, and on a busy machine axe would otherwise judge that passing state.
   */
  public static void assertAccessible(ChromeDriver driver) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(severe)
        .as(
            () ->
                "axe-core on "
                    + driver.getCurrentUrl()
                    + ":\n"
                    + severe.stream()
                        .map(
                            v ->
                                v.getId()
                                    + " ("
                                    + v.getImpact()
                                    + "): "
                                    + v.getHelp()
                                    + " -> "
                                    + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .limit(5)
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
  }
}

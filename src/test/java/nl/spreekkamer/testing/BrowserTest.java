package nl.spreekkamer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test in a real browser (headless chromium) against the running server: a fresh browser per test
 * with its own download folder, and the steps every page test takes.
 */
public abstract class BrowserTest {
  protected ChromeDriver driver;
  protected Path downloads;

  @BeforeEach
  void startBrowser() throws IOException {
    downloads = Files.createTempDirectory("downloads");
    driver = Browser.start(downloads);
  }

  /** A failed test leaves what the browser showed, taken before the browser closes. */
  @RegisterExtension
  final AfterTestExecutionCallback keepScreenshotOnFailure =
      context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
          screenshot(
              "failed-"
                  + context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName());
        }
      };

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Logs in with the login form (password {@code demo}) and waits for the home page. */
  protected void logIn(String username) {
    logIn(username, "demo");
  }

  protected void logIn(String username, String password) {
    driver.get(Api.BASE_URL + "/login.xhtml");
    submitLogin(username, password);
  }

  /** Fills in the login form on the page that is open and waits for the next page. */
  protected void submitLogin(String username, String password) {
    driver.findElement(By.id("loginForm:username")).sendKeys(username);
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("loginForm:password")).sendKeys(password, Keys.ENTER);
    waitUntilGone(page);
  }

  protected void logOut() {
    clickAndWait(driver.findElement(By.id("logoutForm:logout")));
  }

  /**
   * Picks a value in a PrimeFaces select menu through its widget, as the menu does on a click (the
   * label and the change event follow), and checks the label the user then sees.
   */
  protected void choose(String menuId, String value, String label) {
    driver.executeScript(
        "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    waitSeconds(5).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
  }

  /**
   * Picks an option of a PrimeFaces select as a person does: opens it and clicks the option, so its
   * change behaviours run ({@link #choose} selects silently, for a form that is submitted later).
   */
  protected void pick(String menuId, String label) {
    driver.findElement(By.id(menuId)).click();
    visible(
            By.cssSelector(
                "#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"))
        .click();
    waitSeconds(5).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
  }

  /** Waits until PrimeFaces has no Ajax request queued or running. */
  protected void waitForAjax() {
    waitSeconds(10)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  protected void open(String path) {
    driver.get(Api.BASE_URL + path);
  }

  /** Clicks something that loads a new page and waits until the old page is gone. */
  protected void navigate(By target) {
    clickAndWait(driver.findElement(target));
  }

  protected void clickAndWait(WebElement element) {
    WebElement page = driver.findElement(By.tagName("html"));
    element.click();
    waitUntilGone(page);
  }

  /**
   * Waits until the page the element belonged to has been replaced. Chrome reports a node of a page
   * that is being replaced either as stale or as not belonging to the document; both mean gone.
   */
  protected void waitUntilGone(WebElement element) {
    waitSeconds(10)
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
              } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  /**
   * The text of every page of a paginated PrimeFaces table, read as a person does: page after page
   * with the paginator's "next" button until it is disabled.
   */
  protected String allPages(String tableId) {
    StringBuilder text = new StringBuilder(driver.findElement(By.id(tableId)).getText());
    By next = By.cssSelector("[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)");
    for (int page = 1; page < 100 && !driver.findElements(next).isEmpty(); page++) {
      WebElement firstRow = driver.findElement(By.cssSelector("[id='" + tableId + "'] tbody tr"));
      driver.findElements(next).get(0).click();
      waitUntilGone(firstRow);
      waitForAjax();
      text.append('\n').append(driver.findElement(By.id(tableId)).getText());
    }
    return text.toString();
  }

  protected WebElement visible(By by) {
    return waitSeconds(10).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  protected void waitForText(By by, String text) {
    waitSeconds(15).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** A wait that tries again when an AJAX update replaced the element it was looking at. */
  protected WebDriverWait waitSeconds(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** The page fits the width of the window: nothing to scroll sideways, e.g. on a phone. */
  protected void assertFitsTheWidth() {
    Object overflow =
        driver.executeScript(
            "var w = document.documentElement.clientWidth; var out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.width > 1 && r.right > w + 1 && out.length < 5) {"
                + "     out.push(e.tagName + '#' + e.id + '.' + e.className); } });"
                + " return out.join(', ');");
    org.assertj.core.api.Assertions.assertThat(String.valueOf(overflow))
        .as("elements wider than the window on " + driver.getCurrentUrl())
        .isEmpty();
  }

  /** Keeps a screenshot in target/screenshots, e.g. to look at a layout after the build. */
  protected void screenshot(String name) {
    try {
      Path folder = Path.of("target", "screenshots");
      Files.createDirectories(folder);
      Files.write(
          folder.resolve(name + ".png"),
          driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first PDF in the download folder, or {@code null} while there is none. */
  protected Path downloadedPdf() {
    try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}

package nl.spreekkamer.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboards in a real browser: the coordinator's charts are drawn by Chart.js with a table of
 * the same numbers under each; a practice and beheer see their own pages. Checked with axe-core.
 */
class MonitoringPagesIT extends BrowserTest {
  @Test
  void coordinatorSeesTheChartsAndTheirTables() {
    logIn("coordinator");
    navigate(By.linkText("Monitoring"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Monitoring");
    List<WebElement> canvases = driver.findElements(By.cssSelector(".sk-chart canvas"));
    assertThat(canvases).hasSize(4);
    waitSeconds(10)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return Array.from(document.querySelectorAll('.sk-chart canvas'))"
                            + ".every(c => window.Chart && Chart.getChart(c)"
                            + " && Chart.getChart(c).data.datasets[0].data.length > 0);")));
    assertThat(driver.findElement(By.id("funnelTable")).getText())
        .contains("Ontvangen")
        .contains("Hulptraject gestart");
    assertThat(driver.findElement(By.id("kpiReceived")).getText()).matches("\\d+");
    assertThat(
            driver.findElement(
                By.cssSelector("a[href*='/api/monitoring/report'][href*='format=pdf']")))
        .isNotNull();
    Browser.assertAccessible(driver);
    screenshot("monitoring-gemeente");
    assertThat(driver.findElement(By.id("summaryHeading")).getText())
        .as("dates in words, not 2026-07-01")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    driver.executeScript("document.getElementById('funnelHeading').scrollIntoView()");
    screenshot("monitoring-gemeente-charts");
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsTheWidth();
    driver.executeScript("document.getElementById('practiceHeading').scrollIntoView()");
    screenshot("monitoring-gemeente-phone");
    driver.manage().window().setSize(new Dimension(1280, 900));

    open("/monitoring/gemeente.xhtml?from=2026-12-31&to=2026-01-01");
    assertThat(driver.findElement(By.id("messages")).getText())
        .contains("De einddatum ligt voor de begindatum.");
  }

  @Test
  void thePeriodIsChosenInDutchDatesAndKeptInTheAddress() {
    logIn("coordinator");
    open("/monitoring/gemeente.xhtml?from=2026-01-01&to=2026-06-30");
    assertThat(driver.findElement(By.id("periodForm:from_input")).getAttribute("value"))
        .as("the date as people write it")
        .isEqualTo("01-01-2026");
    assertThat(
            driver
                .findElement(By.cssSelector("[id='periodForm:from'] .ui-datepicker-trigger"))
                .getAttribute("aria-label"))
        .as("a screen reader hears what the calendar button does, not 'ui-button'")
        .isEqualTo("Kies datum");
    type("periodForm:from_input", "01-07-2026");
    type("periodForm:to_input", "30-09-2026");
    screenshot("monitoring-period");
    navigate(By.id("periodForm:show"));
    assertThat(driver.getCurrentUrl()).contains("from=2026-07-01").contains("to=2026-09-30");
    assertThat(driver.findElement(By.id("summaryHeading")).getText())
        .contains("1 juli 2026")
        .contains("30 september 2026");
    Browser.assertAccessible(driver);

    type("periodForm:to_input", "30-06-2026");
    driver.findElement(By.id("periodForm:show")).click();
    waitForText(By.id("periodForm"), "De einddatum ligt voor de begindatum.");
    assertThat(driver.getCurrentUrl()).as("the page stays").contains("to=2026-09-30");
    assertThat(driver.findElement(By.id("summaryHeading")).getText())
        .as("the figures stay")
        .contains("30 september 2026");

    type("periodForm:to_input", "");
    driver.findElement(By.id("periodForm:show")).click();
    waitForText(By.id("periodForm"), "Vul dit veld in.");

    logOut();
    logIn("beheer");
    open("/monitoring/gemeente.xhtml");
    pick("periodForm:gemeenteId", "Zandmere");
    navigate(By.id("periodForm:show"));
    assertThat(driver.getCurrentUrl()).contains("gemeenteId=");
    assertThat(driver.findElement(By.id("summaryHeading")).getText()).contains("Zandmere");
    Browser.assertAccessible(driver);
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text, Keys.ESCAPE);
  }

  @Test
  void aPracticeAndBeheerSeeTheirOwnFigures() {
    logIn("praktijkmanager");
    navigate(By.linkText("Cijfers"));
    assertThat(driver.findElement(By.id("kpiReferrals")).getText()).matches("\\d+");
    assertThat(driver.findElement(By.id("funnelTable")).getText()).contains("Ontvangen");
    Browser.assertAccessible(driver);

    logOut();
    logIn("beheer");
    open("/monitoring/platform.xhtml");
    assertThat(driver.findElement(By.id("gemeenteTable")).getText())
        .contains("Lindewaard")
        .contains("Zandmere");
    Browser.assertAccessible(driver);
    navigate(By.linkText("Lindewaard"));
    assertThat(driver.findElements(By.cssSelector(".sk-chart canvas"))).hasSize(4);
    Browser.assertAccessible(driver);
  }
}

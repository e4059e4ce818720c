package nl.spreekkamer.openers.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 15's second journey: a practice nurse between two patients finds an opener for a patient
 * who sleeps badly, in at most two clicks after logging in (typing is not a click), and the results
 * come into view. On a phone the page fits the screen.
 */
class OpenerJourneyIT extends BrowserTest {
  private static final int TARGET_CLICKS = 2;

  @Test
  void aNurseFindsAnOpenerForSleepingBadlyInTwoClicks() {
    logIn("poh");
    int clicks = 0;
    navigate(By.linkText("Gespreksopeners"));
    clicks++;
    driver.findElement(By.id("openersForm:words")).sendKeys("slaapt slecht");
    driver.findElement(By.id("openersForm:search")).click();
    clicks++;
    waitForAjax();

    String results = driver.findElement(By.id("openersForm:results")).getText();
    assertThat(results).containsIgnoringCase("slecht slaapt");
    assertThat(clicks).as("clicks after login").isLessThanOrEqualTo(TARGET_CLICKS);
    assertThat(
            driver.executeScript(
                "const r = document.getElementById('openersForm:results').getBoundingClientRect();"
                    + " return r.top < window.innerHeight && r.bottom > 0;"))
        .as("the results are scrolled into view")
        .isEqualTo(Boolean.TRUE);
    Browser.assertAccessible(driver);
    screenshot("opener-journey-1280");

    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsTheWidth();
    Browser.assertAccessible(driver);
    screenshot("opener-journey-390");
  }
}

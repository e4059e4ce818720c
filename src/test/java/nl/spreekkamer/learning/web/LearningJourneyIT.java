package nl.spreekkamer.learning.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 15's learning journey: a GP opens the second lesson, is called away before finishing it,
 * and coming back lands in that lesson (the one that was open, not the last one finished) from the
 * course list in two clicks after logging in, or from the home page on a phone in one.
 */
class LearningJourneyIT extends BrowserTest {
  private static final String MODULE = "geldzorgen-spreekkamer";
  private static final int TARGET_CLICKS = 2;

  @Test
  void aGpWhoLeftALessonComesBackToThatLesson() {
    TestAccounts.Created gp = TestAccounts.createPracticeMember("HUISARTS");
    logIn(gp.username(), gp.password());
    navigate(By.linkText("E-learning"));
    navigate(By.linkText("Beginnen"));
    navigate(By.linkText("Beginnen met les 1"));
    navigate(By.id("nextForm:next"));
    String open = currentLesson();
    assertThat(open).as("the second lesson is open").isNotBlank();
    // the page tells the server which lesson is open once it is shown
    waitSeconds(10)
        .until(
            d ->
                Api.as(gp.username(), gp.password())
                    .get("/api/modules/" + MODULE)
                    .json()
                    .getString("resumeLessonId")
                    .equals(lessonIdInAddress()));
    String lessonId = lessonIdInAddress();
    logOut();

    // on a phone, from the home page: one click
    logIn(gp.username(), gp.password());
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("learning-journey-home-390");
    navigate(By.cssSelector("a[id$='resume']"));
    assertThat(currentLesson()).isEqualTo(open);
    Browser.assertAccessible(driver);
    logOut();

    // at the desk, from the course list: two clicks
    logIn(gp.username(), gp.password());
    driver.manage().window().setSize(new Dimension(1280, 900));
    int clicks = 0;
    navigate(By.linkText("E-learning"));
    clicks++;
    Browser.assertAccessible(driver);
    navigate(By.linkText("Verder waar u was"));
    clicks++;
    assertThat(currentLesson()).isEqualTo(open);
    assertThat(clicks).isLessThanOrEqualTo(TARGET_CLICKS);
    assertThat(
            Api.as(gp.username(), gp.password())
                .get("/api/modules/" + MODULE)
                .json()
                .getString("resumeLessonId"))
        .isEqualTo(lessonId);
  }

  /** The title of the lesson marked current in the lesson list. */
  private String currentLesson() {
    WebElement current =
        driver.findElement(By.cssSelector(".sk-player-nav a[aria-current='page']"));
    return current.getText();
  }

  private String lessonIdInAddress() {
    String url = driver.getCurrentUrl();
    int at = url.indexOf("les=");
    return at < 0 ? null : url.substring(at + 4).replaceAll("&.*", "");
  }
}

package nl.spreekkamer.accreditation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Redactie keeps the accreditations; the practice manager sees the team's training. With axe. */
class AccreditationPagesIT extends BrowserTest {

  @Test
  void redactieAddsAnAccreditationAndIsToldWhatIsWrong() {
    logIn("redactie");
    clickAndWait(driver.findElement(By.linkText("Accreditatie")));
    Browser.assertAccessible(driver);
    pick("accreditationForm:registry", "Kwaliteitsregister V&V (PE-online)");
    String activity = "IT-VV-" + System.nanoTime() % 100000;
    driver.findElement(By.id("accreditationForm:activityId")).sendKeys(activity);
    WebElement pointsField = driver.findElement(By.id("accreditationForm:points"));
    pointsField.clear();
    pointsField.sendKeys("veel");
    int year = 2030 + (int) (System.nanoTime() % 50);
    setDate("accreditationForm:validFrom", LocalDate.of(year, 1, 1));
    setDate("accreditationForm:validUntil", LocalDate.of(year, 12, 31));
    driver.findElement(By.id("accreditationForm:add")).click();
    WebElement error =
        waitSeconds(10)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(
                        "[id='accreditationForm:points'] ~ .ui-message-error, .ui-message-error")));
    assertThat(error.getText()).contains("punten");
    Browser.assertAccessible(driver);
    driver.executeScript("document.getElementById('addHeading').scrollIntoView()");
    screenshot("accreditation-refused-1280");

    WebElement points = driver.findElement(By.id("accreditationForm:points"));
    points.clear();
    points.sendKeys("1,5");
    driver.findElement(By.id("accreditationForm:add")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("accreditationForm:accreditations"), activity));
    assertThat(driver.findElement(By.id("accreditationForm:accreditations")).getText())
        .as("points in Dutch notation")
        .contains("1,5");
  }

  @Test
  void practiceManagerSeesTheTeamsTraining() {
    logIn("praktijkmanager");
    clickAndWait(driver.findElement(By.linkText("Scholing team")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Scholing van het team");
    String table = driver.findElement(By.id("trainingForm:rows")).getText();
    assertThat(table).contains("Geldzorgen in de spreekkamer").contains("Geldzorgen aan de balie");
    Browser.assertAccessible(driver);
  }

  /** Types a date as people write it, 31-12-2030, in the date picker's field. */
  private void setDate(String id, LocalDate date) {
    WebElement field = driver.findElement(By.id(id + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(
        date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")), Keys.ESCAPE);
  }
}

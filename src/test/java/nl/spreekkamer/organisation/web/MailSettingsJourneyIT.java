package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An intake worker follows the settings link of a mail to the profile, turns the daily norm mail
 * off and chooses English: three clicks and a save. With axe, at 1280 and 390 wide.
 */
class MailSettingsJourneyIT extends BrowserTest {

  @Test
  void anIntakeWorkerTurnsTheDailyMailOffAndChoosesEnglish() {
    NewGemeente g = NewGemeente.create();
    logIn(g.intake().username(), g.intake().password());
    open("/profiel.xhtml#mail");
    assertThat(driver.findElement(By.id("mailHeading")).getText()).isEqualTo("E-mail");
    String topics = driver.findElement(By.id("mailForm:mailOn")).getText();
    assertThat(topics).contains("dringende verwijzing").contains("termijn");
    assertThat(topics).as("only what concerns the role").doesNotContain("certificaat");
    Browser.assertAccessible(driver);
    driver.executeScript("document.getElementById('mailHeading').scrollIntoView()");
    screenshot("mail-settings-1280");

    int clicks = 0;
    driver.findElement(By.cssSelector("label[for='mailForm:mailOn:1']")).click();
    clicks++;
    driver.findElement(By.cssSelector("label[for='mailForm:mailLanguage:1']")).click();
    clicks++;
    driver.findElement(By.id("mailForm:saveMail")).click();
    clicks++;
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Uw e-mailinstellingen zijn bewaard."));
    assertThat(clicks).isLessThanOrEqualTo(3);
    Browser.assertAccessible(driver);

    JsonObject saved = g.intake().get("/api/me/mail-settings").json();
    assertThat(saved.getString("language")).isEqualTo("en");
    assertThat(saved.getJsonArray("off").getString(0)).isEqualTo("NORM_REACHED");

    // The profile form still saves after the mail settings changed the account's version.
    driver.findElement(By.id("profileForm:save")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Uw gegevens zijn opgeslagen."));
    assertThat(Api.as(g.intake().username(), g.intake().password()).get("/api/me").status())
        .isEqualTo(200);
    assertThat(driver.findElements(By.cssSelector(".ui-messages-error"))).isEmpty();

    driver.manage().window().setSize(new Dimension(390, 844));
    open("/profiel.xhtml#mail");
    assertFitsTheWidth();
    driver.executeScript("document.getElementById('mailHeading').scrollIntoView()");
    screenshot("mail-settings-390");
  }
}

package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 15's first journey: an assistant at a busy desk prints a personalised referral card with
 * the patient's consent, and it lands in the meldpunt's intake queue, in at most four clicks after
 * logging in (typing in a field is not a click). Then the same page refuses an incomplete card with
 * every missing field marked at once.
 */
class CardJourneyIT extends BrowserTest {
  private static final int TARGET_CLICKS = 4;

  private int clicks;

  private void click(By target) {
    clicks++;
    driver.findElement(target).click();
  }

  @Test
  void assistantPrintsAndSendsACardInFourClicks() throws Exception {
    logIn("assistent");
    clicks = 0;
    clickAndWait(driver.findElement(By.linkText("Verwijskaart")));
    clicks++;
    driver.findElement(By.id("cardForm:patientName")).sendKeys("Fenna Wolters");
    click(By.cssSelector("label[for='cardForm:categories:1']"));
    driver.findElement(By.id("cardForm:phone")).sendKeys("06 41 52 63 74");
    click(By.cssSelector("#cardForm\\:consentGiven .ui-chkbox-box"));
    waitForText(By.id("cardForm:print"), "Afdrukken en doorsturen");
    Browser.assertAccessible(driver);
    screenshot("card-journey-consent-1280");
    click(By.id("cardForm:print"));

    String reference = visible(By.id("printedReference")).getText();
    assertThat(driver.findElement(By.id("cardForm:result")).getText())
        .contains("Doorgestuurd naar het meldpunt met kaartcode " + reference);
    Path pdf = waitSeconds(20).until(d -> downloadedPdf());
    assertThat(pdf.getFileName().toString()).isEqualTo("verwijskaart-" + reference + ".pdf");
    assertThat(new PrintedPdfs(java.nio.file.Files.readAllBytes(pdf)).text())
        .contains("Fenna Wolters")
        .contains("\u2713 Energie of water")
        .doesNotContain("\u2610");
    assertThat(clicks).as("clicks after login").isLessThanOrEqualTo(TARGET_CLICKS);
    Browser.assertAccessible(driver);
    screenshot("card-journey-sent-1280");

    assertThat(
            Api.as("intake")
                .get("/api/intake/referrals?status=ALL&order=NEWEST_FIRST&max=20")
                .body())
        .as("the referral is in the meldpunt's queue under the card's code")
        .contains(reference)
        .contains("Fenna Wolters");
  }

  @Test
  void anIncompleteCardToSendGetsEveryMissingFieldAtOnceAndTheCursorInTheFirst() {
    logIn("assistent");
    driver.manage().window().setSize(new Dimension(390, 844));
    open("/verwijskaart/");
    click(By.cssSelector("#cardForm\\:consentGiven .ui-chkbox-box"));
    waitForText(By.id("cardForm:print"), "Afdrukken en doorsturen");
    assertThat(driver.findElement(By.id("cardForm:patientNameLabel")).getText()).endsWith("*");
    click(By.id("cardForm:print"));

    waitForText(By.id("cardForm"), "Vul de naam van de patiënt in");
    String form = driver.findElement(By.id("cardForm")).getText();
    assertThat(form)
        .contains("Kies waar de vraag over gaat.")
        .contains("Vul een telefoonnummer of e-mailadres in");
    waitSeconds(5)
        .until(
            d ->
                "cardForm:patientName"
                    .equals(driver.executeScript("return document.activeElement.id;")));
    assertThat(driver.findElement(By.id("cardForm:patientName")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(driver.findElements(By.id("printedReference"))).as("nothing printed").isEmpty();
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("card-journey-missing-390");

    // without consent the same card is only printed: everything is optional
    click(By.cssSelector("#cardForm\\:consentGiven .ui-chkbox-box"));
    waitForText(By.id("cardForm:print"), "Alleen afdrukken");
    click(By.id("cardForm:print"));
    assertThat(visible(By.id("cardForm:result")).getText()).contains("Kaart gemaakt met kaartcode");
    waitSeconds(20).until(d -> downloadedPdf());
    screenshot("card-journey-printed-390");
  }
}

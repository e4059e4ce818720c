package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.spreekkamer.referral.api.ReferralApiIT;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The intake worker makes the invitation letter for a referral (refused without a place, then a
 * PDF) and hands a referral over to the gemeente the patient moved to, which then has it.
 */
class HandOverPageIT extends BrowserTest {

  @Test
  void intakeWorkerMakesALetterAndHandsTheReferralOver() throws Exception {
    String name = "Verhuisd " + System.nanoTime() % 100000;
    Api.Reply created =
        Api.as("assistent").post("/api/referrals", ReferralApiIT.referral(name, true, ""));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();

    logIn("intake");
    open("/intake/verwijzing.xhtml?id=" + id);
    driver.findElement(By.id("referralForm:appointmentAt_input")).sendKeys("09-12-2026 10:30");
    driver.findElement(By.id("referralForm:contact1")).sendKeys("Anouk de Wit");
    driver.findElement(By.id("referralForm:contact2")).sendKeys("Jeroen Bos");
    clickAndWait(driver.findElement(By.id("referralForm:letter")));
    assertThat(driver.findElement(By.id("referralForm")).getText()).contains("Vul dit veld in.");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("referralForm:place")).sendKeys("Wijkcentrum De Esch");
    driver.findElement(By.id("referralForm:letter")).click();
    Path pdf = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> downloadedPdf());
    assertThat(new PrintedPdfs(Files.readAllBytes(pdf)).text())
        .contains(name)
        .contains("Wijkcentrum De Esch")
        .contains("9 december 2026")
        .contains("10:30")
        .contains("Anouk de Wit");

    String zandmere =
        driver
            .findElement(
                By.xpath("//select[@id='referralForm:gemeenteId_input']/option[.='Zandmere']"))
            .getAttribute("value");
    choose("referralForm:gemeenteId", zandmere, "Zandmere");
    driver.findElement(By.id("referralForm:transferNote")).sendKeys("Verhuisd naar Zandmere");
    driver.findElement(By.id("referralForm:transfer")).click();
    WebElement yes =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
    clickAndWait(yes);
    assertThat(driver.findElement(By.id("messages")).getText())
        .contains("overgedragen aan de andere gemeente");
    Browser.assertAccessible(driver);

    assertThat(Api.as("intake").get("/api/referrals/" + id).status()).isEqualTo(404);
    assertThat(Api.as("intake-b").get("/api/referrals/" + id).status()).isEqualTo(200);
  }
}

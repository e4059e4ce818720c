package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An assistant fills in a referral card in a real browser, looks at the preview and only prints the
 * card (no consent to send it); the QR code's page then shows the meldpunt without logging in.
 * axe-core checks each step.
 */
class CardPageIT extends BrowserTest {

  @Test
  void assistantFillsInPreviewsAndDownloadsACard() throws Exception {
    driver.get(Api.BASE_URL + "/login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys("assistent");
    WebElement login = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("loginForm:password")).sendKeys("demo", Keys.ENTER);
    waitSeconds(10).until(ExpectedConditions.stalenessOf(login));

    WebElement home = driver.findElement(By.tagName("html"));
    driver.findElement(By.linkText("Verwijskaart")).click();
    waitSeconds(10).until(ExpectedConditions.stalenessOf(home));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Verwijskaart maken");
    assertThat(driver.findElement(By.id("plate-tr")).getAttribute("href"))
        .endsWith("/api/praatplaat?lang=tr");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("cardForm:patientName")).sendKeys("Kees Jansen");
    driver.findElement(By.cssSelector("label[for='cardForm:categories:0']")).click();
    driver.findElement(By.cssSelector("label[for='cardForm:urgency:1']")).click();
    driver.findElement(By.id("cardForm:phone")).sendKeys("bel maar");
    driver.findElement(By.id("cardForm:showPreview")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("cardForm"), "Vul een geldig telefoonnummer in"));
    Browser.assertAccessible(driver);

    WebElement phone = driver.findElement(By.id("cardForm:phone"));
    phone.clear();
    phone.sendKeys("06 98 76 54 32");
    driver.findElement(By.id("cardForm:showPreview")).click();
    waitSeconds(20)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("cardForm:previewImage")));
    assertThat(driver.findElement(By.id("cardForm:previewImage")).getAttribute("src"))
        .startsWith("data:image/png;base64,");
    Browser.assertAccessible(driver);

    assertThat(driver.findElement(By.id("cardForm:print")).getText()).isEqualTo("Alleen afdrukken");
    driver.findElement(By.id("cardForm:print")).click();
    Path pdf = waitSeconds(20).until(d -> downloadedPdf());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Kees Jansen")
          .contains("06 98 76 54 32")
          .contains("Gas of stroom wordt afgesloten")
          .contains("Huisartsenpraktijk De Linde");
    }
    String reference =
        pdf.getFileName().toString().replace("verwijskaart-", "").replace(".pdf", "");

    driver.manage().deleteAllCookies();
    driver.get(Api.BASE_URL + "/kaart.xhtml?code=" + reference);
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(reference)
        .contains("0571 23 45 67")
        .doesNotContain("Kees Jansen");
    Browser.assertAccessible(driver);
  }
}

package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * A patient calls the meldpunt with the code of a blank card: the intake worker opens the
 * self-referral from the queue, types the code (and sees the practice that printed it), writes down
 * name, phone and topic, records the oral consent and saves, in at most six clicks after logging in
 * (typing is not a click). The referral is then the worker's, with contact made. On a phone, a
 * mistyped code, another gemeente's card and saving without consent are each answered at the field.
 */
class SelfReferralJourneyIT extends BrowserTest {
  private static final int TARGET_CLICKS = 6;
  private static final Pattern CODE =
      Pattern.compile("VK-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");

  private int clicks;

  private void click(By target) {
    clicks++;
    driver.findElement(target).click();
  }

  @Test
  void anIntakeWorkerEntersACallersCardCodeInSixClicks() {
    String code = blankCardCode();
    String patient = "Rachid Amrani " + System.nanoTime() % 100000;
    logIn("intake");
    clicks = 0;
    clicks++;
    navigate(By.linkText("Verwijzingen (intake)"));
    clicks++;
    navigate(By.id("selfReferral"));
    Browser.assertAccessible(driver);

    driver.findElement(By.id("selfReferralForm:cardCode")).sendKeys(code.toLowerCase(), Keys.TAB);
    waitForText(By.id("selfReferralForm:cardPanel"), "Blanco kaart van Huisartsenpraktijk");
    driver.findElement(By.id("selfReferralForm:patientName")).sendKeys(patient);
    driver.findElement(By.id("selfReferralForm:phone")).sendKeys("06 18 27 36 45");
    click(categoryLabel("Zorgverzekering"));
    click(By.cssSelector("#selfReferralForm\\:consentGiven .ui-chkbox-box"));
    screenshot("self-referral-filled-1280");
    Browser.assertAccessible(driver);
    clicks++;
    navigate(By.id("selfReferralForm:save"));

    assertThat(clicks).as("clicks after login").isLessThanOrEqualTo(TARGET_CLICKS);
    assertThat(driver.findElement(By.id("currentStatus")).getText()).isEqualTo("Contact gelegd");
    assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("Ruben Smit");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(patient)
        .contains("Zelf gemeld met kaart");
    assertThat(driver.findElement(By.id("referralForm:planPanel")).getText())
        .contains("staat op uw naam")
        .contains("Plan nu het eerste gesprek");
    Browser.assertAccessible(driver);
    screenshot("self-referral-saved-1280");
  }

  @Test
  void onAPhoneAWrongCodeAForeignCardAndMissingConsentAreAnsweredAtTheField() {
    String code = blankCardCode();
    logIn("intake-b");
    driver.manage().window().setSize(new Dimension(390, 844));
    open("/intake/zelfmelding.xhtml");

    driver.findElement(By.id("selfReferralForm:cardCode")).sendKeys("VK-22222-2222", Keys.TAB);
    waitForText(By.id("selfReferralForm:cardPanel"), "ziet eruit als VK-7KQ4M-2XPA9");
    assertThat(driver.findElement(By.id("selfReferralForm:cardCode")).getAttribute("aria-invalid"))
        .isEqualTo("true");

    waitForAjax();
    driver
        .findElement(By.id("selfReferralForm:cardCode"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), code, Keys.TAB);
    waitForText(By.id("selfReferralForm:cardPanel"), "meldpunt van Lindewaard");
    assertThat(driver.findElements(By.id("selfReferralForm:cardFound"))).isEmpty();
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("self-referral-foreign-390");

    driver.findElement(By.id("selfReferralForm:patientName")).sendKeys("Test Telefoon");
    driver.findElement(By.id("selfReferralForm:save")).click();
    waitForText(By.id("selfReferralForm"), "Zonder mondelinge toestemming");
    Browser.assertAccessible(driver);
    assertThat(Api.as("intake-b").get("/api/intake/referrals?status=ALL&max=100").body())
        .doesNotContain("Test Telefoon");
  }

  private static By categoryLabel(String label) {
    return By.xpath(
        "//*[@id='selfReferralForm:category']//label[normalize-space()='" + label + "']");
  }

  private static String blankCardCode() {
    HttpResponse<byte[]> stack =
        Api.as("assistent").postForBytes("/api/cards/stacks", "{\"count\": 1}");
    assertThat(stack.statusCode()).isEqualTo(200);
    var matcher = CODE.matcher(new PrintedPdfs(stack.body()).text());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}

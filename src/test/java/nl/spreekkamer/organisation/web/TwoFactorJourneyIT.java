package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.spreekkamer.platform.security.Totp;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * A GP switches on two-step verification on her profile, with the key of the page as an
 * authenticator app would read it from the QR code, keeps her recovery codes, and from then on logs
 * in with her password and the code of the app (issue 16).
 */
class TwoFactorJourneyIT extends BrowserTest {
  @Test
  void aGpSwitchesOnTwoStepVerificationAndLogsInWithTheCode() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("HUISARTS");
    logIn(account.username(), account.password());
    open("/profiel.xhtml");
    driver.findElement(By.id("twoFactorForm:start")).click();
    String secret = visible(By.id("secret")).getText().replace(" ", "");
    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(driver.findElement(By.id("qrCode")).getAttribute("src"))
        .startsWith("data:image/png");
    Browser.assertAccessible(driver);
    screenshot("two-factor-scan-1280");

    driver.findElement(By.id("twoFactorForm:code")).sendKeys(Totp.codeAt(secret, Instant.now()));
    driver.findElement(By.id("twoFactorForm:confirm")).click();
    waitForText(By.id("twoFactorForm"), "Tweestapsverificatie staat aan");
    assertThat(driver.findElements(By.cssSelector(".sk-recovery-codes li"))).hasSize(10);
    assertThat(driver.findElements(By.id("twoFactorForm:disable")))
        .as("switching off is not offered while the new codes are shown")
        .isEmpty();
    Browser.assertAccessible(driver);
    screenshot("two-factor-on-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    screenshot("two-factor-on-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    logOut();
    logIn(account.username(), account.password());
    assertThat(driver.getCurrentUrl())
        .as("not in yet: the code comes first")
        .contains("/login.xhtml");
    visible(By.id("codeForm:code"));
    Browser.assertAccessible(driver);
    screenshot("two-factor-login-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    screenshot("two-factor-login-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    // the code of the enrolment was used; the app shows the next one
    String code = Totp.codeAt(secret, Instant.now().plusSeconds(30));
    var page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("codeForm:code")).sendKeys(code, Keys.ENTER);
    waitUntilGone(page);
    assertThat(driver.getCurrentUrl()).endsWith("/index.xhtml");
  }
}

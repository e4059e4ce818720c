package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.Smtp;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * An assistant who forgot her password asks for a link on the login page, gets it by e-mail (a real
 * SMTP server), chooses a new password and logs in: three pages, a few clicks.
 */
class PasswordResetJourneyIT extends BrowserTest {
  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  @Test
  void aForgottenPasswordIsResetByMail() throws Exception {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    open("/login.xhtml");
    navigate(By.id("loginForm:forgot"));
    driver.findElement(By.id("resetForm:username")).sendKeys(account.username());
    navigate(By.id("resetForm:send"));
    assertThat(driver.findElement(By.id("sent")).getText()).contains("onderweg");
    Browser.assertAccessible(driver);
    driver.manage().window().setSize(new Dimension(390, 844));
    screenshot("reset-sent-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    String body = (String) Smtp.awaitTo(smtp, account.username() + "@test.example").getContent();
    Matcher link =
        Pattern.compile("https?://\\S+/wachtwoord-herstellen\\.xhtml\\?token=\\S+").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    driver.get(link.group().replace("token=", "token=kapot"));
    driver.findElement(By.id("newPasswordForm:newPassword")).sendKeys("Drie kopjes thee graag");
    driver.findElement(By.id("newPasswordForm:repeatPassword")).sendKeys("Drie kopjes thee graag");
    navigate(By.id("newPasswordForm:save"));
    assertThat(driver.findElement(By.id("messages")).getText())
        .as("a broken link says so")
        .contains("Deze link werkt niet");

    driver.get(link.group());
    driver.findElement(By.id("newPasswordForm:newPassword")).sendKeys("wachtwoord1");
    driver.findElement(By.id("newPasswordForm:repeatPassword")).sendKeys("wachtwoord1");
    navigate(By.id("newPasswordForm:save"));
    assertThat(driver.findElement(By.id("newPasswordForm")).getText())
        .contains("veelgebruikte of uitgelekte");
    Browser.assertAccessible(driver);
    screenshot("reset-refused-1280");

    driver.findElement(By.id("newPasswordForm:newPassword")).sendKeys("Drie kopjes thee graag");
    driver.findElement(By.id("newPasswordForm:repeatPassword")).sendKeys("Drie kopjes thee graag");
    navigate(By.id("newPasswordForm:save"));
    assertThat(driver.findElement(By.id("done")).getText()).contains("opgeslagen");

    open("/login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(account.username());
    var page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("loginForm:password")).sendKeys("Drie kopjes thee graag", Keys.ENTER);
    waitUntilGone(page);
    assertThat(driver.getCurrentUrl()).endsWith("/index.xhtml");
  }
}

package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A new assistant logs in with the one-time password the practice manager gave her: Spreekkamer
 * takes her to her profile, refuses an easy password at the field with the reason, and lets her in
 * with a sentence of her own. Then a stranger's wrong guesses do not keep her out.
 */
class OneTimePasswordJourneyIT extends BrowserTest {
  @Test
  void aNewColleagueChoosesHerOwnPasswordFirst() {
    TestAccounts.Created account =
        TestAccounts.createPracticeMemberWithOneTimePassword("ASSISTENT");
    logIn(account.username(), account.password());
    assertThat(driver.getCurrentUrl()).endsWith("/profiel.xhtml");
    assertThat(driver.findElement(By.id("oneTimePassword")).getText())
        .contains("Kies een eigen wachtwoord");
    open("/verwijskaart/index.xhtml");
    assertThat(driver.getCurrentUrl()).as("nothing else opens yet").endsWith("/profiel.xhtml");

    choosePassword(account.password(), "Welkom2026!");
    waitForText(By.id("passwordForm"), "veelgebruikte of uitgelekte wachtwoorden");
    Browser.assertAccessible(driver);
    screenshot("password-refused-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    screenshot("password-refused-390");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    choosePassword(account.password(), "Het konijn eet graag andijvie");
    waitForText(By.id("passwordForm"), "Uw wachtwoord is gewijzigd.");
    open("/verwijskaart/index.xhtml");
    assertThat(driver.getCurrentUrl()).endsWith("/verwijskaart/index.xhtml");

    for (int i = 0; i < 6; i++) {
      Api.as(account.username(), "raden-" + i).get("/api/me");
    }
    logOut();
    logIn(account.username(), "Het konijn eet graag andijvie");
    if (driver.getCurrentUrl().contains("/login.xhtml")) {
      // the guesser shares this test's address: the form says how long to wait, then she is in
      assertThat(driver.findElement(By.id("messages")).getText()).contains("seconden");
      screenshot("login-wait-1280");
      waitSeconds(70).until(d -> retryLogin(account.username(), "Het konijn eet graag andijvie"));
    }
    assertThat(driver.getCurrentUrl()).endsWith("/index.xhtml");
  }

  private void choosePassword(String current, String next) {
    for (String id : new String[] {"currentPassword", "newPassword", "repeatPassword"}) {
      driver.findElement(By.id("passwordForm:" + id)).clear();
    }
    driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(current);
    driver.findElement(By.id("passwordForm:newPassword")).sendKeys(next);
    driver.findElement(By.id("passwordForm:repeatPassword")).sendKeys(next);
    driver.findElement(By.id("passwordForm:changePassword")).click();
  }

  private boolean retryLogin(String username, String password) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      return true;
    }
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    logIn(username, password);
    return !driver.getCurrentUrl().contains("/login.xhtml");
  }
}

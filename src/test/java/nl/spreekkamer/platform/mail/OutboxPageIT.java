package nl.spreekkamer.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Beheer opens the outbox from the menu, sees the counts and filters on what failed. With axe. */
class OutboxPageIT extends BrowserTest {

  @Test
  void beheerSeesWhatWaitsWhatWentAndWhatFailed() {
    logIn("beheer");
    clickAndWait(driver.findElement(By.linkText("E-mail")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Uitgaande e-mail");
    String tiles = driver.findElement(By.id("outboxForm:overview")).getText();
    assertThat(tiles).contains("wachten").contains("verstuurd").contains("mislukt");
    Browser.assertAccessible(driver);
    screenshot("outbox-1280");

    pick("outboxForm:status", "mislukt");
    waitForAjax();
    String rows = driver.findElement(By.id("outboxForm:mails")).getText();
    assertThat(rows)
        .satisfiesAnyOf(
            text -> assertThat(text).contains("Geen e-mails in deze lijst."),
            text -> assertThat(text).contains("Opnieuw proberen"));
    assertThat(rows).doesNotContain("verstuurd 20");

    driver.findElement(By.cssSelector("a.sk-tile[href*='status=WAITING']")).click();
    waitSeconds(10).until(ExpectedConditions.urlContains("status=WAITING"));
    assertThat(driver.findElement(By.id("outboxForm:status_label")).getText()).isEqualTo("wachten");
    Browser.assertAccessible(driver);

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    assertFitsTheWidth();
    screenshot("outbox-390");
  }
}

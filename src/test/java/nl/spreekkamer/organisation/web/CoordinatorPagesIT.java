package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator's own pages in a real browser: a key for the case system (shown once, works,
 * revoked after confirmation) and the audit log on a referral. Checked with axe-core.
 */
class CoordinatorPagesIT extends BrowserTest {
  @Test
  void coordinatorIssuesAndRevokesAKeyForTheCaseSystem() {
    logIn("coordinator");
    navigate(By.linkText("Koppelingen"));
    Browser.assertAccessible(driver);
    String name = "Zaaksysteem " + System.nanoTime() % 100000;
    driver.findElement(By.id("keyForm:name")).sendKeys(name);
    driver.findElement(By.id("keyForm:issue")).click();
    String key = visible(By.id("keyForm:key")).getText();
    assertThat(key).isNotBlank();
    Browser.assertAccessible(driver);
    assertThat(Api.withHeader("Bearer " + key).get("/api/intake/referrals").status())
        .isEqualTo(200);

    driver
        .findElement(
            By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id,':revoke')]"))
        .click();
    waitSeconds(10)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    waitForText(By.id("messages"), "is ingetrokken");
    assertThat(Api.withHeader("Bearer " + key).get("/api/intake/referrals").status())
        .isEqualTo(401);
  }

  @Test
  void coordinatorReadsWhoViewedAReferral() {
    long id =
        Api.as("assistent")
            .post(
                "/api/referrals",
                """
                {"patientName": "Logboek Test", "email": "logboek@voorbeeld.example",
                 "category": "DEBTS", "consent": {"share": true, "feedback": false,
                 "textVersion": "2026-11-1"}}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(Api.as("intake").get("/api/referrals/" + id).status()).isEqualTo(200);

    logIn("coordinator");
    open("/intake/verwijzing.xhtml?id=" + id);
    String log = visible(By.id("auditTable")).getText();
    assertThat(log).contains("Aangemaakt").contains("Bekeken").contains("intake");
    assertThat(driver.findElement(By.id("exportData")).getAttribute("href"))
        .endsWith("/api/referrals/" + id + "/export");
    assertThat(driver.getPageSource()).contains("Logboek Test");
    Browser.assertAccessible(driver);
    driver.findElement(By.id("referralForm:eraseData")).click();
    waitSeconds(10)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    waitForText(By.id("auditTable"), "Persoonsgegevens gewist");
    assertThat(driver.getPageSource()).doesNotContain("Logboek Test");

    logOut();
    logIn("intake");
    open("/intake/verwijzing.xhtml?id=" + id);
    assertThat(driver.findElements(By.id("auditTable"))).isEmpty();
  }
}

package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An intake worker's day in a real browser: filter the queue, open a new urgent referral, pick it
 * up, log a call, plan the first conversation and close it; then the practice sees the outcome.
 * axe-core checks every page and state.
 */
class IntakeDayIT extends BrowserTest {

  @Test
  void anIntakeWorkerWorksAnUrgentReferralToHelp() {
    String patient = "Yara Kok " + System.nanoTime() % 100000;
    JsonObject created =
        Api.as("assistent")
            .post(
                "/api/referrals",
                """
                {"patientName": "%s", "phone": "06 55 44 33 22", "category": "ENERGY_OR_WATER",
                 "urgency": ["ENERGY_CUTOFF"], "note": "<script>alert('x')</script>",
                 "consent": {"share": true, "feedback": true, "textVersion": "2026-11-1"}}
                """
                    .formatted(patient))
            .json();
    String reference = created.getString("reference");

    logIn("intake");
    navigate(By.linkText("Verwijzingen (intake)"));
    Browser.assertAccessible(driver);
    choose("queueForm:urgent", "true", "Alleen dringend");
    choose("queueForm:assignee", "none", "Nog niemand");
    choose("queueForm:order", "NEWEST_FIRST", "Nieuwste eerst");
    driver.findElement(By.id("queueForm:apply")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("queueForm:queue"), reference));
    Browser.assertAccessible(driver);

    navigate(By.linkText(reference));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(patient)
        .contains("Gas of stroom wordt afgesloten")
        .contains("<script>alert('x')</script>");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("referralForm:pickUp")).click();
    waitForStatus("Contact zoeken");

    choose("referralForm:result", "REACHED", "Bereikt");
    driver
        .findElement(By.id("referralForm:attemptNote"))
        .sendKeys("Gebeld, mevrouw is blij met het telefoontje");
    driver.findElement(By.id("referralForm:addAttempt")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Gebeld, mevrouw"));

    step("CONTACT_MADE", "Contact gelegd");
    choose("referralForm:nextStatus", "CONVERSATION_PLANNED", "Eerste gesprek gepland");
    driver.executeScript(
        "arguments[0].value = arguments[1];",
        driver.findElement(By.id("referralForm:plannedAt")),
        LocalDate.now().plusDays(2) + "T10:30");
    driver.findElement(By.id("referralForm:plannedPlace")).sendKeys("Buurthuis De Wissel");
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForStatus("Eerste gesprek gepland");
    Browser.assertAccessible(driver);

    step("HELP_ACCEPTED", "Hulp aanvaard");
    choose("referralForm:nextStatus", "CLOSED", "Afgesloten");
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Kies een uitkomst"));
    Browser.assertAccessible(driver);
    choose("referralForm:nextStatus", "CLOSED", "Afgesloten");
    choose("referralForm:outcome", "HELP_PROGRAMME_STARTED", "Hulptraject gestart");
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForStatus("Afgesloten");

    JsonObject practiceView =
        Api.as("assistent").get("/api/referrals/" + created.getInt("id")).json();
    assertThat(practiceView.getString("outcome")).isEqualTo("HELP_PROGRAMME_STARTED");
  }

  private void step(String status, String label) {
    choose("referralForm:nextStatus", status, label);
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForStatus(label);
  }

  private void waitForStatus(String label) {
    waitSeconds(10).until(ExpectedConditions.textToBe(By.id("currentStatus"), label));
  }
}

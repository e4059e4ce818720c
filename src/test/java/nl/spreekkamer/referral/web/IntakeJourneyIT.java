package nl.spreekkamer.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15's intake journey: the newest referral, picked up, a call that reached the patient, the
 * first conversation planned and feedback to the practice, in at most eight clicks after logging in
 * (typing in a field is not a click). Then, on a phone, the steps that do not go to plan: a call
 * without answer, a step not chosen, closing without an outcome, each answered in plain words at
 * its field.
 */
class IntakeJourneyIT extends BrowserTest {
  private static final int TARGET_CLICKS = 8;
  private static final String PLACE = "Buurthuis De Wissel, Esstraat 12";

  private int clicks;

  private void click(By target) {
    clicks++;
    driver.findElement(target).click();
  }

  private void clickToNewPage(By target) {
    clicks++;
    navigate(target);
  }

  @Test
  void anIntakeWorkerTakesTheNewestReferralToAPlannedConversationInEightClicks() {
    String patient = "Yara Kok " + System.nanoTime() % 100000;
    JsonObject created = refer(patient);
    String reference = created.getString("reference");

    logIn("intake");
    clicks = 0;
    clickToNewPage(By.linkText("Verwijzingen (intake)"));
    click(By.xpath("//*[@id='queueForm:order']//label[normalize-space()='Nieuwste eerst']"));
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#queueForm\\:queue tbody tr:first-child"), reference));
    Browser.assertAccessible(driver);
    screenshot("intake-journey-queue-1280");

    clickToNewPage(By.linkText(reference));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(patient)
        .contains("Gas of stroom wordt afgesloten")
        .contains("<script>alert('x')</script>")
        .contains("Contactvoorkeur van de patiënt");
    assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("Nog niemand");
    Browser.assertAccessible(driver);

    click(By.id("referralForm:pickUp"));
    waitSeconds(10).until(ExpectedConditions.textToBe(By.id("assignee"), "Ruben Smit"));
    assertThat(driver.findElement(By.id("referralForm:contactPanel")).getText())
        .contains("U behandelt deze verwijzing");
    waitForFocus("referralForm:attemptNote");
    driver.switchTo().activeElement().sendKeys("Gebeld, mevrouw is blij met het telefoontje");
    click(resultButton("Bereikt"));
    waitForStatus("Contact gelegd");
    assertThat(driver.findElement(By.id("referralForm:planPanel")).getText())
        .contains("Plan nu het eerste gesprek");
    assertThat(driver.findElement(By.id("referralForm:plannedPlace")).getAttribute("value"))
        .as("the place the patient chose on the card")
        .isEqualTo(PLACE);
    waitForFocus("referralForm:plannedAt_input");
    String day =
        LocalDate.now(ClockProducer.ZONE)
            .plusDays(2)
            .format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    driver.switchTo().activeElement().sendKeys(day + " 10:30");
    Browser.assertAccessible(driver);
    screenshot("intake-journey-plan-1280");

    click(By.id("referralForm:plan"));
    waitForStatus("Eerste gesprek gepland");
    waitForFocus("referralForm:feedback");
    assertThat(driver.findElement(By.id("referralForm:feedback")).getAttribute("value"))
        .as("a message for the practice, ready to send")
        .contains("Het eerste gesprek is op")
        .contains("10:30");
    click(By.id("referralForm:saveFeedback"));
    waitForText(By.id("referralForm:feedbackPanel"), "naar de praktijk gestuurd");
    assertThat(clicks).as("clicks after login").isLessThanOrEqualTo(TARGET_CLICKS);
    Browser.assertAccessible(driver);
    screenshot("intake-journey-done-1280");

    JsonObject practiceView =
        Api.as("assistent").get("/api/referrals/" + created.getInt("id")).json();
    assertThat(practiceView.getString("status")).isEqualTo("CONVERSATION_PLANNED");
    assertThat(practiceView.getString("feedback")).contains("Het eerste gesprek is op");

    navigate(By.linkText("Terug naar alle verwijzingen"));
    assertThat(
            driver
                .findElement(By.cssSelector("#queueForm\\:order input[value='NEWEST_FIRST']"))
                .isSelected())
        .as("the queue keeps the order the worker chose")
        .isTrue();
  }

  @Test
  void onAPhoneEveryStepThatDoesNotGoToPlanIsAnsweredAtItsField() {
    String patient = "Iris Dekker " + System.nanoTime() % 100000;
    JsonObject created = refer(patient);
    logIn("intake");
    driver.manage().window().setSize(new Dimension(390, 844));
    open("/intake/verwijzing.xhtml?id=" + created.getInt("id"));

    driver.findElement(By.id("referralForm:pickUp")).click();
    waitForStatus("Contact zoeken");
    driver.findElement(resultButton("Geen gehoor")).click();
    waitForText(By.id("referralForm:contactPanel"), "De contactpoging is vastgelegd.");
    assertThat(driver.findElement(By.id("currentStatus")).getText()).isEqualTo("Contact zoeken");
    assertThat(driver.findElements(By.id("referralForm:planPanel")))
        .as("nothing to plan before the patient is reached")
        .isEmpty();

    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForText(By.id("referralForm:stepPanel"), "Maak hier een keuze.");
    assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("null");
    Browser.assertAccessible(driver);

    choose("referralForm:status", "CLOSED", "Afgesloten");
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForText(By.id("referralForm:stepPanel"), "Kies een uitkomst");
    choose("referralForm:status", "CLOSED", "Afgesloten");
    choose("referralForm:outcome", "NO_HELP_NEEDED", "Geen hulp nodig");
    driver.findElement(By.id("referralForm:saveStep")).click();
    waitForStatus("Afgesloten");
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("intake-journey-closed-390");
    assertThat(
            Api.as("assistent")
                .get("/api/referrals/" + created.getInt("id"))
                .json()
                .getString("outcome"))
        .isEqualTo("NO_HELP_NEEDED");
  }

  private static JsonObject refer(String patient) {
    return Api.as("assistent")
        .post(
            "/api/referrals",
            """
            {"patientName": "%s", "phone": "06 55 44 33 22", "category": "ENERGY_OR_WATER",
             "urgency": ["ENERGY_CUTOFF"], "note": "<script>alert('x')</script>",
             "location": "%s",
             "consent": {"share": true, "feedback": true, "textVersion": "2026-11-1"}}
            """
                .formatted(patient, PLACE))
        .json();
  }

  private static By resultButton(String label) {
    return By.xpath("//div[@id='referralForm:result']//button[normalize-space()='" + label + "']");
  }

  private void waitForFocus(String id) {
    waitSeconds(5).until(d -> id.equals(driver.executeScript("return document.activeElement.id;")));
  }

  private void waitForStatus(String label) {
    waitSeconds(10).until(ExpectedConditions.textToBe(By.id("currentStatus"), label));
  }
}

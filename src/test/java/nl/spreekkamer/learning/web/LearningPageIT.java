package nl.spreekkamer.learning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.spreekkamer.learning.api.ModuleAnswers;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An assistant walks module 2 in chromium: the course list, every lesson with a case, the final
 * test with feedback after each answer, the result and the certificate; axe-core checks each page.
 */
class LearningPageIT extends BrowserTest {
  static final String MODULE = "geldzorgen-balie";

  @Test
  void assistantCompletesTheDeskModule() {
    TestAccounts.Created created =
        TestAccounts.createPracticeMember("ASSISTENT", "\"kabizNumber\":\"KABIZ-31415\"");
    driver.get(Api.BASE_URL + "/login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(created.username());
    driver.findElement(By.id("loginForm:password")).sendKeys(created.password(), Keys.ENTER);
    waitSeconds(10).until(ExpectedConditions.presenceOfElementLocated(By.linkText("E-learning")));

    clickAndWait(driver.findElement(By.linkText("E-learning")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("E-learning");
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Geldzorgen aan de balie")
        .doesNotContain("Geldzorgen in de spreekkamer")
        .contains("Nog niet begonnen");
    Browser.assertAccessible(driver);

    clickAndWait(driver.findElement(By.linkText("Beginnen")));
    Browser.assertAccessible(driver);
    clickAndWait(driver.findElement(By.linkText("Beginnen met les 1")));

    boolean caseTried = false;
    while (true) {
      assertThat(driver.findElement(By.cssSelector("article.sk-lesson")).getText()).isNotBlank();
      List<WebElement> cases = driver.findElements(By.cssSelector(".sk-case"));
      if (!cases.isEmpty() && !caseTried) {
        cases.get(0).findElements(By.tagName("label")).get(0).click();
        cases.get(0).findElement(By.cssSelector("button[id$='reveal']")).click();
        waitSeconds(10)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".sk-case .sk-feedback")));
        assertThat(driver.findElement(By.cssSelector(".sk-case .sk-feedback")).getText())
            .isNotBlank();
        Browser.assertAccessible(driver);
        caseTried = true;
      }
      WebElement next = driver.findElement(By.id("nextForm:next"));
      boolean last = next.getText().contains("afronden");
      clickAndWait(next);
      if (last) {
        break;
      }
    }
    assertThat(caseTried).isTrue();
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("U heeft de laatste les gelezen.");

    clickAndWait(driver.findElement(By.linkText("Eindtoets maken")));
    ModuleAnswers answers = new ModuleAnswers(MODULE);
    for (int i = 0; i < answers.count(); i++) {
      assertThat(driver.findElement(By.cssSelector("main")).getText())
          .contains("Vraag " + (i + 1) + " van ");
      String question = questionId();
      boolean several = !driver.findElements(By.id("testForm:several")).isEmpty();
      List<WebElement> labels =
          driver.findElements(
              By.cssSelector(several ? "#testForm\\:several label" : "#testForm\\:single label"));
      for (String key : answers.right(question)) {
        labels.get(key.charAt(0) - 'a').click();
      }
      driver.findElement(By.id("testForm:answer")).click();
      WebElement feedback =
          waitSeconds(10)
              .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sk-feedback")));
      assertThat(feedback.getText()).startsWith("Goed!");
      if (i == 0) {
        Browser.assertAccessible(driver);
      }
      By go = By.id(i + 1 < answers.count() ? "testForm:nextQuestion" : "testForm:submit");
      driver.findElement(go).click();
      waitSeconds(10).until(ExpectedConditions.stalenessOf(feedback));
    }
    WebElement result =
        waitSeconds(10)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("testForm:result")));
    assertThat(result.getText()).contains("Gehaald!").contains("100%").contains("afgerond");
    Browser.assertAccessible(driver);

    clickAndWait(driver.findElement(By.linkText("Uw certificaten")));
    String certificates =
        driver.findElement(By.id("certificatesHeading")).findElement(By.xpath("..")).getText();
    assertThat(certificates).contains("Geldzorgen aan de balie").contains("KABIZ");
    String code = certificates.replaceAll("(?s).*code (SK-[0-9A-Z-]{14}).*", "$1");
    assertThat(code).matches("SK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    driver.manage().deleteAllCookies();
    driver.get(Api.BASE_URL + "/verify/" + code);
    assertThat(driver.findElement(By.cssSelector("main")).getText())
        .contains("Dit certificaat is echt en geldig.")
        .contains("Test " + created.username())
        .as("dates in Dutch words, not 2026-12-03")
        .contains(
            LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))));
    Browser.assertAccessible(driver);
  }

  /** The id of the question on screen, read from the attempt through the API. */
  private String questionId() {
    String text = driver.findElement(By.cssSelector(".sk-question-text")).getText();
    return QuestionTexts.idOf(MODULE, text);
  }
}

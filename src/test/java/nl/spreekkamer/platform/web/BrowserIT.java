package nl.spreekkamer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser logs in with the keyboard, switches language, follows the menu; axe-core checks
 * each page.
 */
class BrowserIT extends BrowserTest {

  private void logInCheckingTheLoginPage(String username) {
    open("/login.xhtml");
    Browser.assertAccessible(driver);
    submitLogin(username, "demo");
  }

  private List<String> menu() {
    return driver.findElements(By.cssSelector("nav#hoofdmenu a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aPracticeManagerLogsInSwitchesToEnglishAndFindsTheTeam() {
    logInCheckingTheLoginPage("praktijkmanager");

    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Joost van Dam");
    assertThat(menu())
        .containsExactly(
            "Start",
            "Gespreksopeners",
            "E-learning",
            "Verwijskaart",
            "Verwijzingen",
            "Materialen",
            "Catalogus",
            "Cijfers",
            "Mijn team",
            "Scholing team",
            "Sociale kaart",
            "Mijn profiel");
    Browser.assertAccessible(driver);

    navigate(By.linkText("English"));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(menu())
        .containsExactly(
            "Home",
            "Conversation openers",
            "E-learning",
            "Referral card",
            "Referrals",
            "Materials",
            "Catalogue",
            "Figures",
            "My team",
            "Team training",
            "Social map",
            "My profile");
    Browser.assertAccessible(driver);

    navigate(By.linkText("My team"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My team");
    assertThat(driver.findElement(By.id("teamForm:members")).getText()).contains("Mirjam Kooistra");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("teamForm:addMember")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("memberForm:displayName")));
    Browser.assertAccessible(driver);
    driver.findElement(By.id("memberForm:saveMember")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("memberForm"), "Please fill in this field."));
    assertThat(driver.findElement(By.id("memberForm")).getText())
        .as("every field that is wrong, after one save")
        .contains("Choose at least one role.");
    assertThat(driver.findElements(By.cssSelector("#memberForm .ui-message-error")))
        .as("username, name, email and roles")
        .hasSize(4);
    Browser.assertAccessible(driver);
    // a name that is too long is refused at the field, never cut to fit
    String longName = "Anna ".repeat(26).strip();
    driver.findElement(By.id("memberForm:username")).sendKeys(TestAccounts.unique("lang"));
    driver.findElement(By.id("memberForm:displayName")).sendKeys(longName);
    driver.findElement(By.id("memberForm:email")).sendKeys("anna@lang.example");
    driver.findElement(By.cssSelector("[id='memberForm:roles'] .ui-chkbox-box")).click();
    driver.findElement(By.id("memberForm:saveMember")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("memberForm"), "at most 120 characters"));
    assertThat(driver.findElement(By.id("memberForm:displayName")).getAttribute("value"))
        .isEqualTo(longName);
    screenshot("team-member-refused-1280");
    driver.findElement(By.id("memberForm:cancel")).click();

    navigate(By.linkText("Nederlands"));
    navigate(By.id("logoutForm:logout"));
    assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
    assertThat(driver.getPageSource()).contains("U bent uitgelogd.");
  }

  @Test
  void beheerSeesTheAdministrationMenuAndItsPagesAreAccessible() {
    logInCheckingTheLoginPage("beheer");
    assertThat(menu())
        .containsExactly(
            "Start",
            "Catalogus",
            "Monitoring",
            "Gemeenten",
            "Praktijken",
            "Accounts",
            "Logboek accounts",
            "E-mail",
            "Accreditatie",
            "Mijn profiel");
    for (String item :
        List.of(
            "Catalogus",
            "Monitoring",
            "Gemeenten",
            "Praktijken",
            "Accounts",
            "Logboek accounts",
            "E-mail",
            "Accreditatie",
            "Mijn profiel")) {
      navigate(By.linkText(item));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
      assertThat(driver.getPageSource()).doesNotContain("Exception");
      Browser.assertAccessible(driver);
    }

    driver.get(Api.BASE_URL + "/beheer/gemeente.xhtml");
    Browser.assertAccessible(driver);
    driver.findElement(By.id("gemeenteForm:save")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("gemeenteForm"), "Vul dit veld in."));
    Browser.assertAccessible(driver);
  }

  @Test
  void anAssistantSearchesOpenersAndKeepsAFavourite() {
    logInCheckingTheLoginPage("assistent");
    navigate(By.linkText("Gespreksopeners"));
    Browser.assertAccessible(driver);
    String before =
        driver.findElement(By.cssSelector("#openersForm\\:results p[role=status]")).getText();

    driver.findElement(By.id("openersForm:words")).sendKeys("xyzzy");
    driver.findElement(By.id("openersForm:search")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("openersForm:results"), "Geen gespreksopeners gevonden"));
    driver.findElement(By.id("openersForm:clear")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("openersForm:results"), before));

    By firstStar = By.cssSelector("button[id$=':favourite']");
    String was = driver.findElement(firstStar).getAttribute("aria-pressed");
    String toggled = "true".equals(was) ? "false" : "true";
    driver.findElement(firstStar).click();
    waitSeconds(10)
        .until(d -> toggled.equals(d.findElement(firstStar).getAttribute("aria-pressed")));
    Browser.assertAccessible(driver);
    driver.findElement(firstStar).click();
    waitSeconds(10).until(d -> was.equals(d.findElement(firstStar).getAttribute("aria-pressed")));
  }

  @Test
  void aWrongPasswordShowsAClearMessageOnTheLoginPage() {
    driver.get(Api.BASE_URL + "/login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys("huisarts");
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(By.id("loginForm:password")).sendKeys("verkeerd", Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("De gebruikersnaam of het wachtwoord klopt niet.");
    Browser.assertAccessible(driver);
  }
}

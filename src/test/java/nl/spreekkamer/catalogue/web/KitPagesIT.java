package nl.spreekkamer.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: the coordinator composes a kit and distributes it to the practices of the
 * gemeente, the practice confirms receipt, and the waiting-room screen plays the animation (a
 * screenshot of it is kept in target/screenshots). Every page is checked with axe-core.
 */
class KitPagesIT extends BrowserTest {

  @Test
  void coordinatorComposesAndDistributesAKitAndThePracticeConfirmsIt() {
    String name = "Najaarspakket " + System.nanoTime() % 100000;
    logIn("coordinator");
    open("/gemeente/kits.xhtml");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("kitsForm:newKit")).click();
    WebElement nameField = visible(By.id("kitForm:name"));
    Browser.assertAccessible(driver);
    driver.findElement(By.id("kitForm:saveKit")).click();
    waitForText(By.id("kitForm"), "Vul dit veld in.");

    // a name that is too long is refused at the field, not cut
    nameField = driver.findElement(By.id("kitForm:name"));
    nameField.sendKeys("Pakket ".repeat(12));
    driver.findElement(By.id("kitForm:saveKit")).click();
    waitForText(By.id("kitForm"), "Gebruik hoogstens 80 tekens.");
    nameField = driver.findElement(By.id("kitForm:name"));
    assertThat(nameField.getAttribute("value")).as("the refused name is kept").hasSize(84);
    nameField.clear();
    nameField.sendKeys(name);
    choose("kitForm:lines:0:variant", "folder-meldpunt|nl", "Folder: het meldpunt geldzorgen (nl)");
    WebElement quantity = driver.findElement(By.id("kitForm:lines:0:quantity_input"));
    quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
    driver.findElement(By.id("kitForm:saveKit")).click();
    waitForText(By.id("messages"), "Pakket '" + name + "' is gemaakt.");

    WebElement row = row(name);
    row.findElement(By.xpath(".//button[contains(@id,':distribute')]")).click();
    visible(By.id("distributeForm:praktijkIds"));
    assertThat(driver.findElements(By.cssSelector("#distributeForm\\:praktijkIds input:checked")))
        .hasSize(2);
    Browser.assertAccessible(driver);
    driver.findElement(By.id("distributeForm:doDistribute")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    waitForText(By.id("messages"), "2 zendingen gepland");
    waitForText(By.id("shipmentsForm"), "Huisartsenpraktijk De Linde");
    assertThat(driver.findElement(By.id("shipmentsForm")).getText()).contains("Gepland");
    Browser.assertAccessible(driver);
    screenshot("pakketten");

    open("/gemeente/voorraad.xhtml");
    assertThat(driver.findElement(By.id("stockForm:levels")).getText())
        .contains("Folder: het meldpunt geldzorgen");
    Browser.assertAccessible(driver);

    logOut();
    logIn("assistent");
    open("/materialen/index.xhtml");
    Browser.assertAccessible(driver);
    row(name).findElement(By.xpath(".//button[contains(@id,':confirm')]")).click();
    waitForText(By.id("messages"), "Bedankt");
    assertThat(row(name).getText()).contains("Ontvangen");

    open("/catalogus/index.xhtml");
    assertThat(driver.findElement(By.id("item-poster-niet-de-enige")).getText())
        .contains("Nederlands A3");
    Browser.assertAccessible(driver);
    screenshot("catalogus");
  }

  @Test
  void theWaitingRoomScreenPlaysTheAnimationWithTheMeldpunt() {
    String url = Api.as("assistent").get("/api/screen").json().getString("url");
    String phone =
        Api.as("assistent").get("/api/me").json().getJsonObject("gemeente").getString("phone");
    driver.get(Api.BASE_URL + url.substring(url.indexOf("/scherm/")));

    WebElement first = driver.findElement(By.cssSelector("section[data-scene='1']"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> opacity(first) > 0.9);
    assertThat(first.getText()).contains("Zorgen over geld?");
    screenshot("scherm-scene-1");
    assertThat(driver.findElement(By.tagName("footer")).getText()).contains(phone);

    WebElement second = driver.findElement(By.cssSelector("section[data-scene='2']"));
    new WebDriverWait(driver, Duration.ofSeconds(12)).until(d -> opacity(second) > 0.9);
    assertThat(opacity(first)).isLessThan(0.1);
    assertThat(second.getText()).contains("Geldzorgen kunnen u ziek maken");
    screenshot("scherm-scene-2");
    Browser.assertAccessible(driver);
  }

  private double opacity(WebElement element) {
    Object value =
        ((JavascriptExecutor) driver)
            .executeScript("return getComputedStyle(arguments[0]).opacity;", element);
    return Double.parseDouble(String.valueOf(value));
  }

  private WebElement row(String text) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(normalize-space(.), \"" + text + "\")]]")));
  }
}

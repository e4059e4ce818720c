package nl.spreekkamer.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator puts a food bank on the social map in a dialog; the practice's assistant finds it
 * on the social map by need. With axe, at 1280 and 390 wide.
 */
class SocialMapJourneyIT extends BrowserTest {

  @Test
  void aPlaceTheCoordinatorAddsIsFoundByTheAssistantByNeed() {
    NewGemeente g = NewGemeente.create();
    logIn(g.coordinator().username(), g.coordinator().password());
    clickAndWait(driver.findElement(By.linkText("Sociale kaart bijhouden")));
    assertThat(driver.findElement(By.id("mapForm:places")).getText()).contains("Nog geen plaatsen");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("mapForm:addPlace")).click();
    visible(By.id("placeForm:name"));
    driver.findElement(By.id("placeForm:savePlace")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#placeDialog .ui-message-error")));
    assertThat(driver.findElement(By.id("placeDialog")).getText())
        .as("told at the field")
        .contains("hoe bereikt iemand");
    Browser.assertAccessible(driver);
    screenshot("social-map-dialog-1280");

    pick("placeForm:kind", "Voedselbank");
    driver.findElement(By.id("placeForm:name")).sendKeys("Voedselbank Kitdorp");
    driver.findElement(By.id("placeForm:phone")).sendKeys("0580 11 22 33");
    driver.findElement(By.id("placeForm:languages")).sendKeys("Nederlands, Arabisch");
    driver.findElement(By.id("placeForm:savePlace")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("mapForm:places"), "Voedselbank Kitdorp"));
    driver.findElement(By.id("mapForm:addPlace")).click();
    visible(By.id("placeForm:name"));
    pick("placeForm:kind", "Hulp bij formulieren");
    driver.findElement(By.id("placeForm:name")).sendKeys("Formulierenhulp Kitdorp");
    driver.findElement(By.id("placeForm:address")).sendKeys("Dorpsstraat 1");
    driver.findElement(By.id("placeForm:savePlace")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("mapForm:places"), "Formulierenhulp Kitdorp"));
    assertThat(
            driver
                .findElements(By.xpath("//*[contains(text(), 'staat op de sociale kaart')]"))
                .stream()
                .filter(WebElement::isDisplayed))
        .as("the message shown once, not twice")
        .hasSize(1);
    screenshot("social-map-editor-1280");
    logOut();

    logIn(g.assistant().username(), g.assistant().password());
    int clicks = 0;
    clickAndWait(driver.findElement(By.linkText("Sociale kaart")));
    clicks++;
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hulp in Kitdorp");
    assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("2 plaatsen");
    new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Voedselbank");
    clicks++;
    clickAndWait(driver.findElement(By.id("search")));
    clicks++;
    assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("1 plaats");
    assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getText())
        .as("the chosen need stays chosen")
        .isEqualTo("Voedselbank");
    String shown = driver.findElement(By.cssSelector(".sk-places")).getText();
    assertThat(shown)
        .contains("Voedselbank Kitdorp")
        .contains("0580 11 22 33")
        .contains("Arabisch");
    assertThat(shown).doesNotContain("Formulierenhulp");
    assertThat(clicks).isLessThanOrEqualTo(3);
    assertThat(driver.findElements(By.linkText("Bureaublad afdrukken (PDF)"))).hasSize(1);
    Browser.assertAccessible(driver);
    screenshot("social-map-1280");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    assertFitsTheWidth();
    screenshot("social-map-390");
  }
}

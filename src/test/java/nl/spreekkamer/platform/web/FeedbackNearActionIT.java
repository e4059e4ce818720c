package nl.spreekkamer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, item 4: after an action far down a long page, its message shows next to the action, not
 * only at the top of the page, out of sight. Tried on the stock page on a phone, where a count is
 * entered in a dialog opened from a row low in the list.
 */
class FeedbackNearActionIT extends BrowserTest {

  @Test
  void aCountSavedLowOnThePageIsConfirmedInItsRow() {
    NewGemeente gemeente = NewGemeente.create();
    Api coordinator = gemeente.coordinator();
    for (String item :
        List.of("poster-ziek-van-geldzorgen", "poster-slecht-slapen", "poster-niet-de-enige")) {
      for (String variant : List.of("nl-A3", "en-A3", "tr-A3")) {
        assertThat(
                coordinator.put("/api/stock/" + item + "/" + variant, "{\"quantity\":10}").status())
            .isEqualTo(200);
      }
    }
    driver.manage().window().setSize(new Dimension(390, 844));
    logIn(coordinator.username(), coordinator.password());
    open("/gemeente/voorraad.xhtml");
    List<WebElement> counts =
        driver.findElements(By.cssSelector("#stockForm\\:levels button[id$=':count']"));
    assertThat(counts).as("stock lines").hasSizeGreaterThan(2);
    WebElement last = counts.get(counts.size() - 1);
    String lastId = last.getAttribute("id");
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", last);
    last.click();
    WebElement quantity = visible(By.id("countForm:quantity_input"));
    quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
    driver.findElement(By.id("countForm:saveCount")).click();

    waitForText(By.id("messages"), "7");
    WebElement near =
        visible(
            By.xpath(
                "//*[@id='" + lastId + "']/ancestor::td//ul[contains(@class,'sk-near-messages')]"));
    assertThat(near.getText()).isEqualTo(driver.findElement(By.id("messages")).getText());
    assertThat(inView(near)).as("the confirmation is in sight").isTrue();
    assertThat(inView(driver.findElement(By.id("messages"))))
        .as("the top of the page is out of sight")
        .isFalse();
    Browser.assertAccessible(driver);
    screenshot("feedback-near-action-390");

    // The next action starts afresh: the copy goes, and a count at the top, where the page's own
    // messages are in sight, gets no copy.
    driver.executeScript("window.scrollTo(0, 0);");
    WebElement first =
        driver.findElements(By.cssSelector("#stockForm\\:levels button[id$=':count']")).get(0);
    first.click();
    quantity = visible(By.id("countForm:quantity_input"));
    quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
    driver.findElement(By.id("countForm:saveCount")).click();
    waitForText(By.id("messages"), "3");
    waitForAjax();
    assertThat(inView(driver.findElement(By.id("messages")))).isTrue();
    assertThat(driver.findElements(By.cssSelector(".sk-near-messages"))).isEmpty();
  }

  private boolean inView(WebElement element) {
    return Boolean.TRUE.equals(
        driver.executeScript(
            "var r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;",
            element));
  }
}

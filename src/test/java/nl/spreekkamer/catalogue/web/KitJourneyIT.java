package nl.spreekkamer.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 15's fourth journey: a coordinator sends a kit that is ready to every practice of the
 * gemeente in at most five clicks after logging in, here on a phone, where the menu button is one
 * of them. Every practice is chosen by default; the confirmation is one click.
 */
class KitJourneyIT extends BrowserTest {
  private static final int TARGET_CLICKS = 5;

  private int clicks;

  private void click(WebElement target) {
    clicks++;
    target.click();
  }

  @Test
  void aCoordinatorSendsAKitToEveryPracticeInFiveClicks() {
    NewGemeente gemeente = NewGemeente.create();
    Api coordinator = gemeente.coordinator();
    String poster = "poster-ziek-van-geldzorgen";
    assertThat(coordinator.put("/api/stock/" + poster + "/nl-A3", "{\"quantity\":10}").status())
        .isEqualTo(200);
    String kit = "Voorjaarspakket " + System.nanoTime() % 100000;
    assertThat(
            coordinator
                .post(
                    "/api/kits",
                    "{\"name\":\"%s\",\"lines\":[{\"itemId\":\"%s\",\"variant\":\"nl-A3\",\"quantity\":2}]}"
                        .formatted(kit, poster))
                .status())
        .isEqualTo(201);

    driver.manage().window().setSize(new Dimension(390, 844));
    logIn(coordinator.username(), coordinator.password());
    clicks = 0;
    click(driver.findElement(By.id("menuButton")));
    WebElement kits = visible(By.linkText("Pakketten"));
    WebElement page = driver.findElement(By.tagName("html"));
    click(kits);
    waitUntilGone(page);
    assertFitsTheWidth();
    WebElement row = driver.findElement(By.xpath("//tr[contains(., '" + kit + "')]"));
    click(row.findElement(By.xpath(".//button[contains(@id,':distribute')]")));
    visible(By.id("distributeForm:praktijkIds"));
    assertThat(driver.findElements(By.cssSelector("#distributeForm\\:praktijkIds input:checked")))
        .as("every practice is chosen")
        .hasSize(2);
    Browser.assertAccessible(driver);
    click(driver.findElement(By.id("distributeForm:doDistribute")));
    click(visible(By.cssSelector(".ui-confirmdialog-yes")));
    waitForText(By.id("messages"), "2 zendingen gepland");

    assertThat(clicks).as("clicks after login, on a phone").isLessThanOrEqualTo(TARGET_CLICKS);
    assertThat(coordinator.get("/api/shipments?max=50").json().getInt("total"))
        .as("a shipment to each of the two practices")
        .isEqualTo(2);
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("kit-journey-390");
  }
}

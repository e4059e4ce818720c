package nl.spreekkamer.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator names a practice's contact from a colleague's account in the dialog; the practice
 * then sees it on its home page. With axe, at 1280 and 390 wide.
 */
class ContactsPageIT extends BrowserTest {

  @Test
  void theCoordinatorNamesAColleagueAndThePracticeSeesIt() {
    NewGemeente g = NewGemeente.create();
    logIn(g.coordinator().username(), g.coordinator().password());
    clickAndWait(driver.findElement(By.linkText("Contactpersonen")));
    assertThat(driver.findElement(By.id("contactsForm:contacts")).getText())
        .contains("nog geen contactpersoon");
    Browser.assertAccessible(driver);

    driver.findElement(By.id("contactsForm:contacts:0:set")).click();
    visible(By.id("contactForm:name"));
    pick("contactForm:accountId", "Test " + g.intake().username());
    waitSeconds(10)
        .until(
            ExpectedConditions.attributeContains(
                By.id("contactForm:email"), "value", g.intake().username()));
    driver.findElement(By.id("contactForm:phone")).sendKeys("0580 44 55 66");
    Browser.assertAccessible(driver);
    screenshot("contacts-dialog-1280");
    driver.findElement(By.id("contactForm:saveContact")).click();
    waitSeconds(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("contactsForm:contacts"), "0580 44 55 66"));
    Browser.assertAccessible(driver);
    screenshot("contacts-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    assertFitsTheWidth();
    screenshot("contacts-390");
    driver.manage().window().setSize(new Dimension(1280, 900));
    logOut();

    logIn(g.assistant().username(), g.assistant().password());
    assertThat(driver.findElement(By.id("work-contact")).findElement(By.xpath("..")).getText())
        .contains("Test " + g.intake().username())
        .contains("0580 44 55 66");
  }
}

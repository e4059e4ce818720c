package nl.spreekkamer.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.spreekkamer.learning.api.Learners;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 15's home pages: each role lands on what waits for it, and every count on the home page is
 * a link to the list it counts, showing exactly that many rows.
 */
class HomePageIT extends BrowserTest {

  @Test
  void theIntakeWorkersCountsLeadToListsOfExactlyThatLength() {
    // one new, urgent referral of today, so "new" and "open" are not zero
    Api.as("assistent")
        .post(
            "/api/referrals",
            """
            {"patientName": "Thijs Vos", "phone": "06 11 22 33 44", "category": "DEBTS",
             "urgency": ["GARNISHMENT"],
             "consent": {"share": true, "feedback": true, "textVersion": "2026-11-1"}}
            """);
    logIn("intake");
    // a filter the worker left on the queue does not change what a count's link shows
    navigate(By.linkText("Verwijzingen (intake)"));
    choose("queueForm:urgent", "false", "Niet dringend");
    waitForAjax();
    navigate(By.cssSelector(".sk-brand-link"));
    Browser.assertAccessible(driver);
    screenshot("home-intake-1280");
    for (String tile : List.of("queueOpen", "queueNew", "queueDue", "queueMine")) {
      long shown = count(By.id(tile));
      navigate(By.id(tile));
      assertThat(listed(By.id("queueForm:queue:queueCount")))
          .as("the list behind " + tile)
          .isEqualTo(shown);
      navigate(By.cssSelector(".sk-brand-link"));
    }
    assertThat(count(By.id("queueOpen")))
        .as("the queue's own count in the API")
        .isEqualTo(
            Api.as("intake")
                .get("/api/intake/referrals?max=1")
                .json()
                .getJsonNumber("total")
                .longValue());
  }

  @Test
  void theAssistantCanMakeACardAndSeesTheMeldpuntsFeedback() {
    JsonObject referral =
        Api.as("assistent")
            .post(
                "/api/referrals",
                """
                {"patientName": "Sanne Bos", "phone": "06 99 88 77 66", "category": "BILLS_AND_POST",
                 "consent": {"share": true, "feedback": true, "textVersion": "2026-11-1"}}
                """)
            .json();
    long version =
        Api.as("intake").get("/api/referrals/" + referral.getInt("id")).json().getInt("version");
    assertThat(
            Api.as("intake")
                .post(
                    "/api/referrals/" + referral.getInt("id") + "/feedback",
                    "{\"text\": \"We hebben mevrouw gesproken.\", \"version\": " + version + "}")
                .status())
        .isEqualTo(200);

    logIn("assistent");
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    assertThat(driver.findElement(By.id("makeCard")).getText()).isEqualTo("Verwijskaart maken");
    long shown = count(By.id("feedbackRecent"));
    assertThat(shown).isPositive();
    Browser.assertAccessible(driver);
    assertFitsTheWidth();
    screenshot("home-assistent-390");
    Number menuBottom =
        (Number)
            driver.executeScript(
                "return document.getElementById('hoofdmenu').getBoundingClientRect().bottom;");
    assertThat(menuBottom.doubleValue())
        .as("header and menu on a phone, px")
        .isLessThanOrEqualTo(120);
    By cardInMenu = By.cssSelector("#hoofdmenuLijst a[href*='verwijskaart']");
    assertThat(driver.findElement(cardInMenu).isDisplayed()).as("the menu is folded").isFalse();
    driver.findElement(By.id("menuButton")).click();
    assertThat(visible(cardInMenu).getText()).isEqualTo("Verwijskaart");
    assertThat(driver.findElement(By.id("menuButton")).getAttribute("aria-expanded"))
        .isEqualTo("true");
    Browser.assertAccessible(driver);
    screenshot("home-assistent-menu-390");
    driver.findElement(By.id("menuButton")).click();

    navigate(By.id("feedbackRecent"));
    assertThat(listed(By.id("referralsForm:referrals:referralCount"))).isEqualTo(shown);
    assertThat(driver.findElement(By.id("referralsForm:referrals")).getText())
        .contains("We hebben mevrouw gesproken.");
    navigate(By.cssSelector(".sk-brand-link"));
    navigate(By.id("makeCard"));
    assertThat(driver.getCurrentUrl()).contains("/verwijskaart/");
  }

  @Test
  void thePracticeManagerSeesByNameWhoMustStillTrain() {
    TestAccounts.Created newcomer = TestAccounts.createPracticeMember("POH");
    TestAccounts.Created trained = TestAccounts.createPracticeMember("POH");
    Api trainedApi = Api.as(trained.username(), trained.password());
    Learners.completeModule(trainedApi, "geldzorgen-spreekkamer");
    String trainedName = trainedApi.get("/api/me").json().getString("displayName");
    String name =
        Api.as(newcomer.username(), newcomer.password())
            .get("/api/me")
            .json()
            .getString("displayName");
    logIn("praktijkmanager");
    assertThat(driver.findElement(By.id("teamToFinish")).getText())
        .as("a new POH has not started the e-learning")
        .contains(name);
    Browser.assertAccessible(driver);
    screenshot("home-praktijkmanager-1280");
    navigate(By.id("teamTraining"));
    assertThat(driver.findElement(By.id("trainingForm:onlyOpen")).getText())
        .as("the link leads to who must still train")
        .contains("alleen wie nog");
    String listed = allPages("trainingForm:rows");
    assertThat(listed).contains(name);
    assertThat(listed)
        .as("someone who finished the module is not on this list")
        .doesNotContain(trainedName);
    navigate(By.id("trainingForm:showAll"));
    assertThat(driver.findElements(By.id("trainingForm:onlyOpen"))).isEmpty();
  }

  @Test
  void aGpSeesTheirOwnELearningOnTheHomePage() {
    logIn("huisarts");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Uw e-learning")
        .contains("Accreditatiepunten dit jaar");
    Browser.assertAccessible(driver);
    screenshot("home-huisarts-1280");
  }

  @Test
  void materialCountsOfThePracticeAndTheCoordinatorLeadToTheirLists() {
    NewGemeente gemeente = NewGemeente.create();
    String poster = "poster-ziek-van-geldzorgen";
    Api coordinator = gemeente.coordinator();
    assertThat(coordinator.put("/api/stock/" + poster + "/nl-A3", "{\"quantity\":20}").status())
        .isEqualTo(200);
    assertThat(
            coordinator
                .put("/api/stock/" + poster + "/nl-A4", "{\"quantity\":1}")
                .json()
                .getBoolean("low"))
        .isTrue();
    long kit =
        coordinator
            .post(
                "/api/kits",
                "{\"name\":\"Kit Home\",\"lines\":[{\"itemId\":\""
                    + poster
                    + "\",\"variant\":\"nl-A3\",\"quantity\":1}]}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(coordinator.post("/api/kits/" + kit + "/distribute", "{}").status()).isEqualTo(200);
    assertThat(coordinator.post("/api/kits/" + kit + "/sent", "").status()).isEqualTo(200);
    assertThat(
            gemeente
                .assistant()
                .post(
                    "/api/restock-requests",
                    "{\"itemId\":\"" + poster + "\",\"variant\":\"nl-A3\",\"quantity\":2}")
                .status())
        .isEqualTo(201);

    logIn(gemeente.assistant().username(), gemeente.assistant().password());
    assertThat(count(By.id("shipmentsToConfirm"))).isEqualTo(1);
    Browser.assertAccessible(driver);
    navigate(By.id("shipmentsToConfirm"));
    assertThat(rows("shipmentsForm:shipments")).isEqualTo(1);
    logOut();

    logIn(coordinator.username(), coordinator.password());
    assertThat(count(By.id("shipmentsOnTheWay")))
        .as("one kit to each of two practices")
        .isEqualTo(2);
    long waiting = count(By.id("restockWaiting"));
    assertThat(waiting).isEqualTo(1);
    assertThat(count(By.id("stockLow")))
        .as("one A4 poster left for two practices; 18 A3 posters are plenty")
        .isEqualTo(1);
    Browser.assertAccessible(driver);
    screenshot("home-coordinator-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsTheWidth();
    screenshot("home-coordinator-390");
    driver.manage().window().setSize(new Dimension(1280, 900));
    navigate(By.id("restockWaiting"));
    assertThat(rows("requestsForm:requests")).isEqualTo(waiting);
    navigate(By.cssSelector(".sk-brand-link"));
    navigate(By.id("stockLow"));
    assertThat(rows("stockForm:levels")).isEqualTo(1);
    assertThat(driver.findElement(By.id("stockForm:levels")).getText()).contains("nl-A4");
    Browser.assertAccessible(driver);
    // "show all" holds while the coordinator goes on working on the page
    driver.findElement(By.id("stockForm:showAllLevels")).click();
    waitForAjax();
    long all = rows("stockForm:levels");
    assertThat(all).isGreaterThan(1);
    driver.findElement(By.cssSelector("[id$=':count']")).click();
    visible(By.id("countForm:quantity_input"));
    driver.findElement(By.id("countForm:saveCount")).click();
    waitForAjax();
    assertThat(rows("stockForm:levels")).as("after saving a count").isEqualTo(all);
  }

  @Test
  void aQueueAddressChangedByHandGetsAMessageNotAnError() {
    HttpResponse<String> page =
        Pages.loggedInAs("intake")
            .get("/intake/index.xhtml?receivedSince=gisteren&assignee=iedereen");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("filter dat de wachtrij niet kent");
    HttpResponse<String> accounts =
        Pages.loggedInAs("beheer").get("/beheer/accounts.xhtml?status=GEBLOKKEERD");
    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(accounts.body()).contains("filter dat de lijst niet kent");
  }

  @Test
  void beheerSeesAccountsToFollowUpAndPointsToReport() {
    TestAccounts.Created waiting = TestAccounts.createPracticeMemberWithOneTimePassword("POH");
    // a practice nurse in the NVvPO register who completes the module: points to report
    TestAccounts.Created nurse =
        TestAccounts.createPracticeMember(
            "POH",
            "\"registerNumber\":\"NVVPO-%d\",\"peRegister\":\"NVVPO\""
                .formatted(System.nanoTime() % 1_000_000));
    Learners.completeModule(Api.as(nurse.username(), nurse.password()), "geldzorgen-spreekkamer");
    logIn("beheer");
    Browser.assertAccessible(driver);
    screenshot("home-beheer-1280");
    driver.manage().window().setSize(new Dimension(390, 844));
    assertFitsTheWidth();
    screenshot("home-beheer-390");
    driver.manage().window().setSize(new Dimension(1280, 900));
    for (String tile : List.of("accountsNeverLoggedIn", "accountsFailedLogins")) {
      long shown = count(By.id(tile));
      navigate(By.id(tile));
      assertThat(listed(By.id("accountsForm:accounts:accountCount")))
          .as("the list behind " + tile)
          .isEqualTo(shown);
      navigate(By.cssSelector(".sk-brand-link"));
    }
    navigate(By.id("accountsNeverLoggedIn"));
    driver.findElement(By.id("accountsForm:search")).sendKeys(waiting.username());
    driver.findElement(By.id("accountsForm:searchButton")).click();
    waitForAjax();
    assertThat(listed(By.id("accountsForm:accounts:accountCount")))
        .as("the new account that never logged in, found within the filter")
        .isEqualTo(1);
    pick("accountsForm:filter", "Vaak mislukt ingelogd");
    waitForAjax();
    assertThat(listed(By.id("accountsForm:accounts:accountCount"))).isZero();
    Browser.assertAccessible(driver);

    navigate(By.cssSelector(".sk-brand-link"));
    List<WebElement> unreported = driver.findElements(By.cssSelector("#unreported a"));
    assertThat(unreported).as("the nurse's points, not yet reported").isNotEmpty();
    String tile = unreported.get(0).getText();
    navigate(By.cssSelector("#unreported a"));
    assertThat(driver.findElement(By.id("exportForm:exportFrom_input")).getAttribute("value"))
        .as("the export starts at the oldest record the tile counts, as 01-12-2026")
        .matches("\\d{2}-\\d{2}-\\d{4}");
    String registry = driver.findElement(By.id("exportForm:exportRegistry_label")).getText();
    assertThat(tile).contains(registry);
  }

  /** The rows a data table shows (not its "nothing here" row). */
  private long rows(String tableId) {
    return driver
        .findElements(
            By.cssSelector(
                "#" + tableId.replace(":", "\\:") + "_data > tr:not(.ui-datatable-empty-message)"))
        .size();
  }

  /** The number a home-page tile shows. */
  private long count(By tile) {
    return Long.parseLong(
        driver.findElement(tile).findElement(By.className("sk-kpi-value")).getText().strip());
  }

  /** The number of rows a list says it has ("3 verwijzingen", "Geen verwijzingen"). */
  private long listed(By counter) {
    String text = driver.findElement(counter).getText().strip();
    return text.startsWith("Geen") ? 0 : Long.parseLong(text.split(" ")[0]);
  }
}

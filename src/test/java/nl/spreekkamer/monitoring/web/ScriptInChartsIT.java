package nl.spreekkamer.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Browser;
import nl.spreekkamer.testing.BrowserTest;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A gemeente and a practice named with a script that breaks out of a {@code <script>} element
 * (issue 16): the charts on the platform and gemeente dashboards draw the name as a label, the
 * script never runs, and the page's policy refuses inline script without the page's nonce.
 */
class ScriptInChartsIT extends BrowserTest {
  private static String hostile(String marker) {
    return marker + "</script><img src=x onerror=window.skXss=1>\"'<!--";
  }

  @Test
  void hostileNamesAreChartLabelsAndNeverScript() {
    String gemeenteName = hostile(TestAccounts.unique("G"));
    String practiceName = hostile(TestAccounts.unique("P"));
    NewGemeente gemeente = NewGemeente.create(gemeenteName, practiceName);
    Api.Reply referral =
        gemeente
            .assistant()
            .post(
                "/api/referrals",
                """
                {"patientName":"Test Patiënt","phone":"06 12 34 56 78","category":"RENT_OR_MORTGAGE",
                 "consent":{"share":true,"feedback":false,"textVersion":"2026-11-1"}}
                """);
    assertThat(referral.status()).as(referral.toString()).isEqualTo(201);

    logIn("beheer");
    open("/monitoring/platform.xhtml");
    assertThat(chartLabels("platformChart")).contains(gemeenteName);
    assertNoScriptRan();
    Browser.assertAccessible(driver);

    open("/monitoring/gemeente.xhtml?gemeenteId=" + gemeente.id());
    assertThat(chartLabels("practiceChart")).contains(practiceName);
    assertThat(driver.findElements(By.cssSelector(".sk-chart canvas"))).hasSize(4);
    assertNoScriptRan();

    assertThat(driver.executeScript("return document.querySelector('script[nonce]') !== null;"))
        .as("PrimeFaces writes its scripts with a nonce")
        .isEqualTo(Boolean.TRUE);
    assertThat(
            driver.executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.skInline=1';"
                    + " document.body.appendChild(s); return window.skInline === 1;"))
        .as("an inline script without the nonce is refused by the policy")
        .isEqualTo(Boolean.FALSE);
  }

  @SuppressWarnings("unchecked")
  private List<String> chartLabels(String chartId) {
    waitSeconds(10)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "const c = document.querySelector('[id$=\"' + arguments[0] + '\"] canvas');"
                            + " return !!(c && window.Chart && Chart.getChart(c));",
                        chartId)));
    return (List<String>)
        driver.executeScript(
            "const c = document.querySelector('[id$=\"' + arguments[0] + '\"] canvas');"
                + " return Chart.getChart(c).data.labels.map(l => [].concat(l).join(' '));",
            chartId);
  }

  private void assertNoScriptRan() {
    assertThat(driver.executeScript("return window.skXss === undefined;"))
        .as("the injected onerror never ran")
        .isEqualTo(Boolean.TRUE);
    assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
  }
}

package nl.spreekkamer.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Script typed into a name through the API is stored as text and shown escaped on the pages that
 * show it: the page holds {@code &lt;script&gt;} and never the element itself, neither in the HTML
 * nor after a script block that the name could have ended early, nor in an attribute.
 */
class ScriptInPagesIT {
  /** Both kinds of injection, short enough for a name of 80 characters. */
  private static String payload(String marker) {
    return "<script>alert(1)</script>" + marker + "<img src=x onerror=alert(1)>";
  }

  private static void assertEscaped(Pages session, String page, String marker) {
    HttpResponse<String> html = session.get(page);
    assertThat(html.statusCode()).as(page).isEqualTo(200);
    assertThat(html.body()).as(page + " shows the name").contains(marker);
    // PrimeFaces' CSP mode puts handlers (a delete confirmation naming the kit) in script
    // elements, as JS strings with "</" escaped: take the scripts out as a browser ends them, at
    // the first "</script>", and what is left must hold no injected element.
    String body = html.body().replaceAll("(?s)<script\\b[^>]*>.*?</script>", "");
    assertThat(body)
        .as(page + " never holds the injected elements")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x onerror")
        .doesNotContain("<img src=\"x\" onerror");
    assertThat(body).as(page + " shows the text escaped").contains("&lt;script&gt;alert(");
  }

  @Test
  void aKitNameWithScriptIsEscapedOnTheKitsPage() {
    Pages coordinator = Pages.loggedInAs("coordinator");
    String marker = TestAccounts.unique("kit");
    String body =
        """
        {"name":%s,"description":%s,
         "lines":[{"itemId":"poster-ziek-van-geldzorgen","variant":"nl-A3","quantity":1}]}
        """
            .formatted(jsonString(payload(marker)), jsonString(payload(marker + "d")));
    HttpResponse<String> created = coordinator.call("POST", "/api/kits", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(HostileInputIT.json(created.body()).getString("name")).isEqualTo(payload(marker));
    assertEscaped(coordinator, "/gemeente/kits.xhtml", marker);
  }

  @Test
  void anApiKeyNameWithScriptIsEscapedOnTheKeysPage() {
    Pages coordinator = Pages.loggedInAs("coordinator");
    String marker = TestAccounts.unique("key");
    HttpResponse<String> created =
        coordinator.call(
            "POST", "/api/api-clients", HostileInputIT.jsonObject("name", payload(marker)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertEscaped(coordinator, "/gemeente/koppelingen.xhtml", marker);
  }

  @Test
  void aTeamMemberNameWithScriptIsEscapedOnTheTeamPage() {
    Pages manager = Pages.loggedInAs("praktijkmanager");
    long praktijk =
        HostileInputIT.json(manager.call("GET", "/api/me", null).body())
            .getJsonObject("practice")
            .getJsonNumber("id")
            .longValue();
    String marker = TestAccounts.unique("naam");
    String username = TestAccounts.unique("xss");
    String body =
        """
        {"username":"%s","displayName":%s,"email":"%s@test.example","roles":["POH"]}
        """
            .formatted(username, jsonString(payload(marker)), username);
    HttpResponse<String> created =
        manager.call("POST", "/api/praktijken/" + praktijk + "/team", body);
    if (created.statusCode() == 400) {
      // a name rule that refuses < and > is as good: then nothing reaches a page
      assertThat(created.body()).contains("displayName");
      return;
    }
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertEscaped(manager, "/praktijk/team.xhtml", marker);
  }

  @Test
  void aPatientNameWithScriptIsEscapedInTheIntakeQueue() {
    String marker = "p" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String body =
        """
        {"patientName": %s, "phone": "06 12 34 56 78", "category": "RENT_OR_MORTGAGE",
         "urgency": ["EVICTION"], "note": %s,
         "consent": {"share": true, "feedback": false, "textVersion": "2026-11-1"}}
        """
            .formatted(jsonString(payload(marker)), jsonString(payload(marker + "n")));
    HttpResponse<String> created =
        Pages.loggedInAs("assistent").call("POST", "/api/referrals", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = HostileInputIT.json(created.body()).getJsonNumber("id").longValue();
    Pages intake = Pages.loggedInAs("intake");
    assertEscaped(intake, "/intake/index.xhtml?max=100", marker);
    assertEscaped(intake, "/intake/verwijzing.xhtml?id=" + id, marker);
  }

  @Test
  void aPracticeNameWithScriptIsEscapedOnTheHomePageAndInTheQueue() {
    String marker = TestAccounts.unique("prk");
    // a gemeente of its own, so no other test meets a third practice in the demo gemeente
    NewGemeente gemeente = NewGemeente.create(TestAccounts.unique("Xssdorp"), payload(marker));
    Api.Reply referral =
        gemeente
            .assistant()
            .post(
                "/api/referrals",
                """
                {"patientName": "Noor Bakker", "phone": "06 12 34 56 78", "category": "DEBTS",
                 "consent": {"share": true, "feedback": false, "textVersion": "2026-11-1"}}
                """);
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);

    assertEscaped(loggedIn(gemeente.assistant()), "/index.xhtml", marker);
    assertEscaped(
        loggedIn(gemeente.intake()),
        "/intake/verwijzing.xhtml?id=" + referral.json().getJsonNumber("id"),
        marker);
  }

  private static Pages loggedIn(Api person) {
    Pages pages = Pages.anonymous();
    assertThat(pages.login(person.username(), person.password()).statusCode()).isEqualTo(302);
    return pages;
  }

  private static String jsonString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}

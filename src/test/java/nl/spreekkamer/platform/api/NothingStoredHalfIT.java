package nl.spreekkamer.platform.api;

import static nl.spreekkamer.platform.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A create that is valid except for one bad value deep inside is refused as a whole: afterwards the
 * list shows nothing of it (no kit without its lines, no gemeente without its locations, no account
 * without its roles, no referral without its consent).
 */
class NothingStoredHalfIT {
  private static final String POSTER = "poster-ziek-van-geldzorgen";

  /** Where the one bad value goes in an otherwise valid kit. */
  @ParameterizedTest(name = "kit with {0}")
  @ValueSource(
      strings = {
        "{\"itemId\":\"" + POSTER + "\",\"variant\":\"nl-A3\",\"quantity\":\"twee\"}",
        "{\"itemId\":\"" + POSTER + "\",\"variant\":\"nl-A3\",\"quantity\":-5}",
        "{\"itemId\":\"bestaat-niet\",\"variant\":\"nl-A3\",\"quantity\":1}",
        "{\"itemId\":\"" + POSTER + "\",\"variant\":\"nl-A3\",\"quantity\":1,\"price\":3}",
        "{\"itemId\":\"" + POSTER + "\",\"variant\":\"nl-A3\",\"quantity\":99999999999}",
        "[1]"
      })
  void aKitWithOneBadLineIsNotStored(String badLine) {
    Pages coordinator = Pages.loggedInAs("coordinator");
    String name = TestAccounts.unique("Halve kit");
    String body =
        """
        {"name":"%s","description":"Test","lines":[
          {"itemId":"%s","variant":"nl-A3","quantity":2}, %s]}
        """
            .formatted(name, POSTER, badLine);
    assertProblem(coordinator.call("POST", "/api/kits", body), Set.of(400, 404), "kit");
    assertThat(coordinator.call("GET", "/api/kits", null).body()).doesNotContain(name);
  }

  @ParameterizedTest(name = "gemeente with {0}")
  @ValueSource(
      strings = {
        "{\"type\":\"BESTAAT_NIET\",\"description\":\"x\"}",
        "{\"type\":\"PRAKTIJK\",\"description\":\"x\",\"extra\":1}",
        "{\"type\":\"PRAKTIJK\",\"description\":[\"x\"]}",
        "{\"type\":\"PRAKTIJK\",\"description\":\"a\\u0000b\"}"
      })
  void aGemeenteWithOneBadLocationIsNotStored(String badLocation) {
    Pages beheer = Pages.loggedInAs("beheer");
    String name = TestAccounts.unique("Halfdorp");
    String body =
        ProblemResponsesIT.gemeenteJson(name, "GM" + (1000 + (int) (Math.random() * 9000)), null)
            .replace(
                "\"locations\":[{\"type\":\"PRAKTIJK\",\"description\":\"In de praktijk\"}]",
                "\"locations\":[{\"type\":\"PRAKTIJK\",\"description\":\"In de praktijk\"},"
                    + badLocation
                    + "]");
    assertThat(body).contains(badLocation);
    assertProblem(beheer.call("POST", "/api/gemeenten", body), Set.of(400), "gemeente");
    assertThat(beheer.call("GET", "/api/gemeenten", null).body()).doesNotContain(name);
  }

  @ParameterizedTest(name = "account with {0}")
  @ValueSource(
      strings = {
        "\"roles\":[\"HUISARTS\",\"GOD\"]",
        "\"roles\":[\"HUISARTS\"],\"bigNumber\":\"12345678801\"",
        "\"roles\":[\"HUISARTS\"],\"praktijkId\":1.5",
        "\"roles\":[\"HUISARTS\"],\"praktijkId\":99999999999999999999",
        "\"roles\":[\"HUISARTS\"],\"isAdmin\":true"
      })
  void anAccountWithOneBadValueIsNotStored(String rest) {
    Pages beheer = Pages.loggedInAs("beheer");
    long praktijk =
        HostileInputIT.json(beheer.call("GET", "/api/praktijken?max=1", null).body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String username = TestAccounts.unique("half");
    String body =
        """
        {"username":"%s","displayName":"Half","email":"%s@test.example","praktijkId":%d,%s}
        """
            .formatted(username, username, praktijk, rest);
    if (rest.contains("praktijkId")) {
      body = body.replace(",\"praktijkId\":" + praktijk, "");
    }
    assertProblem(beheer.call("POST", "/api/accounts", body), Set.of(400), "account");
    String found = beheer.call("GET", "/api/accounts?q=" + username, null).body();
    assertThat(HostileInputIT.json(found).getInt("total")).as(found).isZero();
  }

  @ParameterizedTest(name = "referral with {0}")
  @ValueSource(
      strings = {
        "\"urgency\":[\"EVICTION\",\"BESTAAT_NIET\"]",
        "\"urgency\":[\"EVICTION\"],\"consent\":{\"share\":true,\"feedback\":\"ja\",\"textVersion\":\"2026-11-1\"}",
        "\"urgency\":[\"EVICTION\"],\"consent\":{\"share\":true,\"feedback\":false,\"textVersion\":\"2026-11-1\",\"signedBy\":\"x\"}",
        "\"urgency\":[\"EVICTION\"],\"consent\":{\"share\":true,\"feedback\":false,\"textVersion\":\"1999-1\"}",
        "\"urgency\":[\"EVICTION\"],\"gemeenteId\":99999999999999999999,\"consent\":{\"share\":true,\"feedback\":false,\"textVersion\":\"2026-11-1\"}"
      })
  void aReferralWithOneBadValueIsNotStored(String rest) {
    Pages assistent = Pages.loggedInAs("assistent");
    String name = TestAccounts.unique("Half Patient");
    String body =
        """
        {"patientName":"%s","phone":"06 12 34 56 78","category":"RENT_OR_MORTGAGE",%s%s}
        """
            .formatted(
                name,
                rest,
                rest.contains("consent")
                    ? ""
                    : ",\"consent\":{\"share\":true,\"feedback\":false,\"textVersion\":\"2026-11-1\"}");
    HttpResponse<String> answer = assistent.call("POST", "/api/referrals", body);
    assertProblem(answer, Set.of(400, 409), "referral");
    assertThat(assistent.call("GET", "/api/referrals?max=100", null).body()).doesNotContain(name);
    assertThat(Pages.loggedInAs("intake").call("GET", "/api/intake/referrals?max=100", null).body())
        .doesNotContain(name);
  }
}

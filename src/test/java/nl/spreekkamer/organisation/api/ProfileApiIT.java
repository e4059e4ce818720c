package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** Users edit their own profile and change their own password. */
class ProfileApiIT {
  @Test
  void aNewColleagueReplacesTheOneTimePasswordBeforeAnythingElseWorks() {
    TestAccounts.Created account =
        TestAccounts.createPracticeMemberWithOneTimePassword("ASSISTENT");
    Api self = Api.as(account.username(), account.password());
    assertThat(self.get("/api/me").json().getBoolean("mustChangePassword")).isTrue();
    Api.Reply refused = self.get("/api/openers");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("eigen wachtwoord");
    assertThat(self.put("/api/me", "{}").status()).isEqualTo(403);

    Api.Reply wrongCurrent =
        self.post(
            "/api/me/password",
            "{\"currentPassword\":\"raden\",\"newPassword\":\"eenlangwachtwoord\"}");
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currentPassword");

    Api.Reply tooShort = change(self, account.password(), "kort");
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().getString("detail")).contains("10");

    for (String weak :
        List.of(
            "aaaaaaaaaa",
            "1234567890",
            "wachtwoord1",
            "          ",
            "Geldzorgen-2026!",
            "Spreekkamer2026",
            account.username() + "!")) {
      Api.Reply reply = change(self, account.password(), weak);
      assertThat(reply.status()).as(weak + ": " + reply).isEqualTo(400);
      assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("newPassword");
    }

    Api.Reply changed = change(self, account.password(), "Paars konijn op de fiets");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .isEqualTo(401);
    Api own = Api.as(account.username(), "Paars konijn op de fiets");
    JsonObject me = own.get("/api/me").json();
    assertThat(me.getBoolean("mustChangePassword")).isFalse();
    assertThat(own.get("/api/openers").status()).isEqualTo(200);
  }

  @Test
  void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    Pages here = Pages.anonymous();
    assertThat(here.login(account.username(), account.password()).statusCode()).isEqualTo(302);
    Pages elsewhere = Pages.anonymous();
    assertThat(elsewhere.login(account.username(), account.password()).statusCode()).isEqualTo(302);
    assertThat(elsewhere.get("/index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        here.call(
            "POST",
            "/api/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", account.password())
                .add("newPassword", "Blauwe tram naar de zee")
                .build()
                .toString());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

    assertThat(here.get("/index.xhtml").statusCode()).as("this session goes on").isEqualTo(200);
    assertThat(elsewhere.get("/index.xhtml").statusCode())
        .as("the other session ended: back to the login page")
        .isEqualTo(302);
    assertThat(elsewhere.call("GET", "/api/me", null).statusCode()).isEqualTo(401);
  }

  @Test
  void theCurrentPasswordCannotBeGuessedWithoutLimit() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("HUISARTS");
    Api self = Api.as(account.username(), account.password());
    int refused = 0;
    Api.Reply last = null;
    for (int i = 0; i < 6; i++) {
      last = change(self, "gok-" + i, "Een heel ander wachtwoord " + i);
      if (last.status() == 429) {
        refused++;
      }
    }
    assertThat(refused).as("guesses past the allowance wait").isGreaterThan(0);
    assertThat(last.header("Retry-After")).matches("[1-9]\\d?");
    assertThat(Integer.parseInt(last.header("Retry-After"))).isLessThanOrEqualTo(60);
    assertThat(last.json().getString("detail")).contains("seconden");
  }

  private static Api.Reply change(Api self, String current, String next) {
    return self.post(
        "/api/me/password",
        Json.createObjectBuilder()
            .add("currentPassword", current)
            .add("newPassword", next)
            .build()
            .toString());
  }

  @Test
  void usersEditTheirOwnDetailsButNotTheirRolesOrOrganisation() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("POH");
    Api self = Api.as(account.username(), account.password());
    long version = self.get("/api/me").json().getJsonNumber("version").longValue();

    // Roles are not part of the profile: sending them is refused as a whole (decision 0015)
    Api.Reply escalation =
        self.put(
            "/api/me",
            """
            {"displayName":"Sanne de Wit","email":"S.deWit@Example.org","bigNumber":"12345678901",
             "registerNumber":"NVVPO-777","roles":["BEHEER"],"version":%d}
            """
                .formatted(version));
    assertThat(escalation.status()).as(escalation.toString()).isEqualTo(400);
    assertThat(escalation.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("roles");
    assertThat(self.get("/api/me").json().getString("displayName")).isNotEqualTo("Sanne de Wit");

    Api.Reply updated =
        self.put(
            "/api/me",
            """
            {"displayName":"Sanne de Wit","email":"S.deWit@Example.org","bigNumber":"12345678901",
             "registerNumber":"NVVPO-777","version":%d}
            """
                .formatted(version));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    JsonObject me = updated.json();
    assertThat(me.getString("displayName")).isEqualTo("Sanne de Wit");
    assertThat(me.getString("email")).isEqualTo("s.dewit@example.org");
    assertThat(me.getString("registerNumber")).isEqualTo("NVVPO-777");
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("POH");

    Api.Reply stale =
        self.put(
            "/api/me",
            "{\"displayName\":\"X\",\"email\":\"x@example.org\",\"version\":%d}"
                .formatted(version));
    assertThat(stale.status()).isEqualTo(409);
  }
}

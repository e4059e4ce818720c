package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** Users edit their own profile and change their own password. */
class ProfileApiIT {
  @Test
  void aNewColleagueReplacesTheOneTimePasswordWithAnOwnOne() {
    TestAccounts.Created account = TestAccounts.createPracticeMember("ASSISTENT");
    Api self = Api.as(account.username(), account.password());
    assertThat(self.get("/api/me").json().getBoolean("mustChangePassword")).isTrue();

    Api.Reply wrongCurrent =
        self.post(
            "/api/me/password",
            "{\"currentPassword\":\"raden\",\"newPassword\":\"eenlangwachtwoord\"}");
    assertThat(wrongCurrent.status()).isEqualTo(400);
    assertThat(wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("currentPassword");

    Api.Reply tooShort =
        self.post(
            "/api/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"kort\"}".formatted(account.password()));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(tooShort.json().getString("detail")).contains("10");

    Api.Reply changed =
        self.post(
            "/api/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"Geldzorgen-2026!\"}"
                .formatted(account.password()));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(Api.as(account.username(), account.password()).get("/api/me").status())
        .isEqualTo(401);
    JsonObject me = Api.as(account.username(), "Geldzorgen-2026!").get("/api/me").json();
    assertThat(me.getBoolean("mustChangePassword")).isFalse();
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

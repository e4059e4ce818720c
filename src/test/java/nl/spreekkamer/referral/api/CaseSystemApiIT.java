package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * A gemeente's case system with its own API key works the gemeente's queue through the API, never
 * another gemeente's; a revoked or made-up key is refused.
 */
class CaseSystemApiIT {
  private final Api coordinator = Api.as("coordinator");

  private JsonObject issue(String name) {
    Api.Reply issued = coordinator.post("/api/api-clients", "{\"name\": \"" + name + "\"}");
    assertThat(issued.status()).isEqualTo(201);
    return issued.json();
  }

  @Test
  void aCaseSystemWorksItsOwnGemeentesQueueOnly() {
    JsonObject issued = issue("Zaaksysteem Lindewaard");
    String key = issued.getString("key");
    assertThat(key).startsWith("skk_").hasSize(56);
    Api system = Api.withHeader("Bearer " + key);
    JsonObject me = system.get("/api/me").json();
    assertThat(me.getBoolean("system")).isTrue();
    assertThat(me.getString("displayName")).isEqualTo("Zaaksysteem Lindewaard");
    assertThat(me.getJsonObject("gemeente").getString("name")).isEqualTo("Lindewaard");
    assertThat(me.getJsonArray("roles")).isEmpty();

    long ours = referral("Api Patiënt", "assistent");
    long theirs = referral("Andere Gemeente", "praktijkmanager-b");

    assertThat(system.get("/api/intake/referrals?max=100&order=NEWEST_FIRST").body())
        .contains("Api Patiënt")
        .doesNotContain("Andere Gemeente");
    assertThat(system.get("/api/referrals/" + theirs).status()).isEqualTo(404);

    JsonObject seen = system.get("/api/referrals/" + ours).json();
    Api.Reply step =
        system.post(
            "/api/referrals/" + ours + "/status",
            "{\"status\": \"SEEKING_CONTACT\", \"version\": " + seen.getInt("version") + "}");
    assertThat(step.status()).isEqualTo(200);
    assertThat(
            system
                .post(
                    "/api/referrals/" + ours + "/contact-attempts",
                    "{\"channel\": \"LETTER\", \"result\": \"MESSAGE_SENT\"}")
                .status())
        .isEqualTo(201);
    assertThat(system.get("/api/referrals/" + ours + "/audit").body())
        .contains("api:Zaaksysteem Lindewaard");

    assertThat(system.post("/api/referrals", ReferralApiIT.referral("X", true, "")).status())
        .as("a case system does not refer")
        .isEqualTo(403);
    assertThat(system.get("/api/api-clients").status()).isEqualTo(403);

    assertThat(coordinator.delete("/api/api-clients/" + issued.getInt("id")).status())
        .isEqualTo(204);
    assertThat(system.get("/api/intake/referrals").status()).isEqualTo(401);
  }

  @Test
  void madeUpKeysAreRefusedAndOtherGemeentesCannotRevoke() {
    assertThat(
            Api.withHeader("Bearer skk_AAAAAAAA_" + "x".repeat(43))
                .get("/api/intake/referrals")
                .status())
        .isEqualTo(401);
    assertThat(Api.withHeader("Bearer nonsense").get("/api/intake/referrals").status())
        .isEqualTo(401);
    JsonObject issued = issue("Tweede systeem");
    assertThat(Api.as("intake").delete("/api/api-clients/" + issued.getInt("id")).status())
        .isEqualTo(403);
    assertThat(coordinator.get("/api/api-clients").body())
        .contains("Tweede systeem")
        .doesNotContain("skk_");
  }

  private static long referral(String name, String by) {
    Api.Reply created = Api.as(by).post("/api/referrals", ReferralApiIT.referral(name, true, ""));
    assertThat(created.status()).isEqualTo(201);
    return created.json().getInt("id");
  }
}

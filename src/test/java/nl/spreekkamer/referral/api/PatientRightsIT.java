package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * A patient's rights under the AVG, exercised by the gemeente's coordinator: everything held about
 * them as a JSON file (the export is logged), and erasure; nobody else can export.
 */
class PatientRightsIT {
  @Test
  void theCoordinatorExportsAndErasesAPatientsData() {
    String name = "Inzage " + System.nanoTime() % 100000;
    long id =
        Api.as("assistent")
            .post("/api/referrals", ReferralApiIT.referral(name, true, ""))
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(Api.as("intake").get("/api/referrals/" + id).status()).isEqualTo(200);

    Api coordinator = Api.as("coordinator");
    Api.Reply export = coordinator.get("/api/referrals/" + id + "/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).startsWith("attachment").contains(".json");
    JsonObject data = export.json();
    assertThat(data.getJsonObject("referral").getJsonObject("patient").getString("name"))
        .isEqualTo(name);
    assertThat(data.getJsonArray("audit").toString()).contains("CREATE").contains("VIEW");
    assertThat(coordinator.get("/api/referrals/" + id + "/audit").body()).contains("EXPORT");

    assertThat(Api.as("intake").get("/api/referrals/" + id + "/export").status()).isEqualTo(403);
    assertThat(Api.as("assistent").get("/api/referrals/" + id + "/export").status()).isEqualTo(403);
    assertThat(Api.as("intake-b").get("/api/referrals/" + id + "/export").status()).isIn(403, 404);

    assertThat(coordinator.post("/api/referrals/" + id + "/erase", null).status()).isEqualTo(200);
    JsonObject erased = coordinator.get("/api/referrals/" + id + "/export").json();
    JsonObject referral = erased.getJsonObject("referral");
    assertThat(!referral.containsKey("patient") || referral.isNull("patient")).isTrue();
    assertThat(erased.toString()).doesNotContain(name);
  }
}

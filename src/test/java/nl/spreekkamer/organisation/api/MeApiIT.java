package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/me for every documented demo account. */
class MeApiIT {
  @ParameterizedTest
  @CsvSource({
    "huisarts,HUISARTS,Huisartsenpraktijk De Linde,Lindewaard",
    "poh,POH,Huisartsenpraktijk De Linde,Lindewaard",
    "assistent,ASSISTENT,Huisartsenpraktijk De Linde,Lindewaard",
    "praktijkmanager,PRAKTIJKMANAGER,Huisartsenpraktijk De Linde,Lindewaard",
    "praktijkmanager-b,PRAKTIJKMANAGER,Huisartsen Zandmere-Noord,Zandmere",
    "intake,GEMEENTE_INTAKE,,Lindewaard",
    "coordinator,GEMEENTE_COORDINATOR,,Lindewaard",
    "intake-b,GEMEENTE_INTAKE,,Zandmere",
    "redactie,REDACTIE,,",
    "beheer,BEHEER,,"
  })
  void everyDemoAccountLogsInAndSeesItsOrganisation(
      String username, String role, String practice, String gemeente) {
    Api.Reply reply = Api.as(username).get("/api/me");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject me = reply.json();
    assertThat(me.getString("username")).isEqualTo(username);
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(role);
    if (practice == null) {
      assertThat(me.containsKey("practice")).isFalse();
    } else {
      assertThat(me.getJsonObject("practice").getString("name")).isEqualTo(practice);
      assertThat(me.getJsonObject("practice").getJsonNumber("id")).isNotNull();
    }
    if (gemeente == null) {
      assertThat(me.containsKey("gemeente")).isFalse();
    } else {
      JsonObject g = me.getJsonObject("gemeente");
      assertThat(g.getString("name")).isEqualTo(gemeente);
      assertThat(g.getString("phone")).isNotBlank();
      assertThat(g.getString("email")).contains("@");
      assertThat(g.getJsonObject("meldpunt").getString("phone")).isEqualTo(g.getString("phone"));
    }
    assertThat(reply.body()).doesNotContain("passwordHash").doesNotContain("PBKDF2");
  }

  @Test
  void theApiDoesNotCreateASessionForBasicAuthentication() {
    Api.Reply reply = Api.as("huisarts").get("/api/me");
    assertThat(reply.header("Set-Cookie")).isNull();
  }
}

package nl.spreekkamer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;

/** The talking plate: personalised for the user's gemeente, in four languages, tenant-safe. */
class PlateApiIT {
  @Test
  void plateCarriesTheMeldpuntOfTheUsersGemeente() {
    Api assistent = Api.as("assistent");
    JsonObject gemeente = assistent.get("/api/me").json().getJsonObject("gemeente");
    HttpResponse<byte[]> response = assistent.getBytes("/api/praatplaat?lang=nl");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    PrintedPdfs plate = new PrintedPdfs(response.body());
    assertThat(plate.pages()).isEqualTo(2);
    assertThat(plate.pageSizeMm()).containsExactly(297, 210);
    assertThat(plate.text())
        .contains(gemeente.getString("phone"))
        .contains(gemeente.getJsonObject("meldpunt").getString("name"))
        .contains("Wat spreken we af?");
  }

  @Test
  void plateComesInEnglishTurkishAndPolish() {
    Api assistent = Api.as("assistent");
    assertThat(new PrintedPdfs(assistent.getBytes("/api/praatplaat?lang=en").body()).text())
        .contains("0571 23 45 67")
        .doesNotContain("Wat spreken we af?");
    for (String lang : new String[] {"tr", "pl"}) {
      HttpResponse<byte[]> response = assistent.getBytes("/api/praatplaat?lang=" + lang);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(new PrintedPdfs(response.body()).text()).contains("0571 23 45 67");
    }
  }

  @Test
  void unknownLanguageIsRefusedNamingTheField() {
    Api.Reply reply = Api.as("assistent").get("/api/praatplaat?lang=xx");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("lang");
  }

  @Test
  void gemeenteStaffPrintOnlyTheirOwnGemeente() {
    Api intakeB = Api.as("intake-b");
    JsonObject own = intakeB.get("/api/me").json().getJsonObject("gemeente");
    long other = Api.as("intake").get("/api/me").json().getJsonObject("gemeente").getInt("id");

    assertThat(new PrintedPdfs(intakeB.getBytes("/api/praatplaat").body()).text())
        .contains(own.getString("phone"));
    assertThat(intakeB.getBytes("/api/praatplaat?gemeenteId=" + other).statusCode()).isEqualTo(403);
    assertThat(Api.as("beheer").getBytes("/api/praatplaat").statusCode()).isEqualTo(400);
  }
}

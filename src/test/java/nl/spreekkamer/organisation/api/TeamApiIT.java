package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** A practice manager manages the own team, and only the own team. */
class TeamApiIT {
  private static long praktijkOf(String manager) {
    return Api.as(manager)
        .get("/api/me")
        .json()
        .getJsonObject("practice")
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void aManagerAddsEditsAndDeactivatesATeamMember() {
    long praktijk = praktijkOf("praktijkmanager");
    String username = TestAccounts.unique("poh");
    Api manager = Api.as("praktijkmanager");

    Api.Reply created =
        manager.post(
            "/api/praktijken/" + praktijk + "/team",
            """
            {"username":"%s","displayName":"Petra Zwart","email":"p.zwart@delinde.example",
             "roles":["POH"],"bigNumber":"123456789 01"}
            """
                .formatted(username));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject account = created.json().getJsonObject("account");
    assertThat(account.getString("bigNumber")).isEqualTo("12345678901");
    assertThat(account.getJsonObject("praktijk").getJsonNumber("id").longValue())
        .isEqualTo(praktijk);
    String password = created.json().getString("initialPassword");
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(Api.as(username, password).get("/api/me").json().getBoolean("mustChangePassword"))
        .isTrue();

    long id = account.getJsonNumber("id").longValue();
    Api.Reply updated =
        manager.put(
            "/api/praktijken/" + praktijk + "/team/" + id,
            """
            {"displayName":"Petra Zwart-de Boer","email":"p.zwart@delinde.example",
             "roles":["POH","PRAKTIJKMANAGER"],"registerNumber":"NVVPO-1234","version":%d}
            """
                .formatted(account.getJsonNumber("version").longValue()));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().getString("displayName")).isEqualTo("Petra Zwart-de Boer");
    assertThat(updated.json().containsKey("bigNumber")).as("blank number cleared").isFalse();

    assertThat(manager.get("/api/praktijken/" + praktijk + "/team").array().toString())
        .contains(username);
    Api.Reply off =
        manager.post("/api/praktijken/" + praktijk + "/team/" + id + "/deactivate", null);
    assertThat(off.json().getBoolean("active")).isFalse();
    assertThat(Api.as(username, password).get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void aManagerCannotSeeOrChangeAnotherPracticesTeam() {
    long praktijkA = praktijkOf("praktijkmanager");
    long praktijkB = praktijkOf("praktijkmanager-b");
    Api managerB = Api.as("praktijkmanager-b");

    assertThat(managerB.get("/api/praktijken/" + praktijkA + "/team").status()).isEqualTo(403);
    assertThat(
            managerB
                .post(
                    "/api/praktijken/" + praktijkA + "/team",
                    "{\"username\":\"indringer\",\"displayName\":\"X\",\"email\":\"x@x.example\",\"roles\":[\"HUISARTS\"]}")
                .status())
        .isEqualTo(403);

    long memberOfA =
        Api.as("praktijkmanager")
            .get("/api/praktijken/" + praktijkA + "/team")
            .array()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            managerB
                .post("/api/praktijken/" + praktijkA + "/team/" + memberOfA + "/deactivate", null)
                .status())
        .isEqualTo(403);
    assertThat(
            managerB
                .post("/api/praktijken/" + praktijkB + "/team/" + memberOfA + "/deactivate", null)
                .status())
        .as("a member of A is not found in B's team")
        .isEqualTo(404);
    assertThat(Pages.loggedInAs("praktijkmanager-b").get("/praktijk/team.xhtml").body())
        .contains("Fatima El Idrissi")
        .doesNotContain("Joost van Dam");
  }

  @Test
  void aManagerCannotHandOutMunicipalOrPlatformRolesOrDeactivateThemselves() {
    long praktijk = praktijkOf("praktijkmanager");
    Api manager = Api.as("praktijkmanager");
    Api.Reply beheer =
        manager.post(
            "/api/praktijken/" + praktijk + "/team",
            "{\"username\":\"%s\",\"displayName\":\"X\",\"email\":\"x@x.example\",\"roles\":[\"BEHEER\"]}"
                .formatted(TestAccounts.unique("x")));
    assertThat(beheer.status()).isEqualTo(400);
    assertThat(beheer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("roles");

    long self = manager.get("/api/me").json().getJsonNumber("id").longValue();
    assertThat(
            manager
                .post("/api/praktijken/" + praktijk + "/team/" + self + "/deactivate", null)
                .status())
        .isEqualTo(409);
  }

  @Test
  void everyRefusedFieldOfATeamMemberIsReportedAtOnce() {
    long praktijk = praktijkOf("praktijkmanager");
    Api.Reply refused =
        Api.as("praktijkmanager")
            .post(
                "/api/praktijken/" + praktijk + "/team",
                "{\"username\":\"Met Spatie\",\"displayName\":\" \",\"email\":\"geen-adres\","
                    + "\"roles\":[],\"bigNumber\":\"123\",\"peRegister\":\"ONBEKEND\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(
            refused.json().getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field"))
                .toList())
        .containsExactlyInAnyOrder(
            "username", "roles", "displayName", "email", "bigNumber", "peRegister");
    assertThat(refused.json().getString("detail"))
        .as("the first one, as before")
        .isEqualTo(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"));
  }
}

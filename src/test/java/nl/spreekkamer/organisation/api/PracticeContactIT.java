package nl.spreekkamer.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.NewGemeente;
import org.junit.jupiter.api.Test;

/**
 * The coordinator names each practice's contact at the gemeente; the practice reads it in {@code
 * GET /api/praktijken/{id}}; a contact unconfirmed for three months or whose account is switched
 * off is flagged; another gemeente's practice is out of reach.
 */
class PracticeContactIT {
  private static List<JsonObject> rows(Api coordinator) {
    return coordinator.get("/api/praktijken/contacten").array().getValuesAs(JsonObject.class);
  }

  private static JsonObject row(Api coordinator, long praktijkId) {
    return rows(coordinator).stream()
        .filter(r -> r.getJsonNumber("praktijkId").longValue() == praktijkId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDemoContactsAndTheOneToLookAt() {
    List<JsonObject> demo = rows(Api.as("coordinator"));
    assertThat(demo).hasSize(2);
    assertThat(demo)
        .anySatisfy(
            r -> {
              assertThat(r.getString("praktijk")).isEqualTo("Gezondheidscentrum Het Anker");
              assertThat(r.getBoolean("unverified")).isTrue();
            });
    long deLinde = Api.as("assistent").get("/api/me").json().getJsonObject("practice").getInt("id");
    JsonObject contact =
        Api.as("assistent").get("/api/praktijken/" + deLinde).json().getJsonObject("contact");
    assertThat(contact.getString("name")).isEqualTo("Ruben Smit");
    assertThat(contact.getString("phone")).isEqualTo("0571 23 45 70");
    assertThat(contact.containsKey("verifiedOn")).isTrue();
  }

  @Test
  void theCoordinatorIsToldOnceAWeekWhichPracticesNeedALook() throws Exception {
    NewGemeente g = NewGemeente.create(); // two practices without a contact
    String address = g.coordinator().username() + "@test.example";
    List<JsonObject> mails = List.of();
    for (int i = 0; i < 80 && mails.isEmpty(); i++) {
      Thread.sleep(250);
      mails = contactMails(address);
    }
    assertThat(mails).as("the weekly mail, posted by the reminder job").hasSize(1);
    assertThat(mails.get(0).getString("subject"))
        .isEqualTo("Contactpersonen om na te kijken (2 praktijken)");
    Thread.sleep(9000); // two more runs of the reminder job (every 4 s in the tests)
    assertThat(contactMails(address)).as("once a week").hasSize(1);
  }

  private static List<JsonObject> contactMails(String address) {
    return Api.as("beheer")
        .get("/api/mail/outbox?max=100")
        .json()
        .getJsonObject("mails")
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("recipient").equals(address))
        .filter(m -> m.getString("kind").equals("contact-check"))
        .toList();
  }

  @Test
  void theCoordinatorNamesConfirmsAndSeesWhenTheAccountIsGone() {
    NewGemeente g = NewGemeente.create();
    Api coordinator = g.coordinator();
    JsonObject first = row(coordinator, g.praktijk1());
    assertThat(first.containsKey("contact")).isFalse();
    long version = first.getJsonNumber("version").longValue();
    String path = "/api/praktijken/" + g.praktijk1() + "/contact";

    Api.Reply bad =
        coordinator.put(
            path,
            "{\"name\":\"\",\"phone\":\"bellen\",\"email\":\"geen\",\"version\":" + version + "}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(
            bad.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")))
        .contains("name", "phone", "email");

    long intakeId = g.intake().get("/api/me").json().getJsonNumber("id").longValue();
    Api.Reply named =
        coordinator.put(
            path,
            "{\"accountId\":"
                + intakeId
                + ",\"role\":\"Consulent\",\"phone\":\"0580 44 55 66\",\"version\":"
                + version
                + "}");
    assertThat(named.status()).as(named.body()).isEqualTo(200);
    JsonObject contact = named.json().getJsonObject("contact");
    assertThat(contact.getString("name")).isEqualTo("Test " + g.intake().username());
    assertThat(contact.getString("email")).isEqualTo(g.intake().username() + "@test.example");
    assertThat(
            g.assistant()
                .get("/api/praktijken/" + g.praktijk1())
                .json()
                .getJsonObject("contact")
                .getString("phone"))
        .isEqualTo("0580 44 55 66");
    assertThat(row(coordinator, g.praktijk1()).getBoolean("needsAttention")).isFalse();

    Api.Reply stale = coordinator.post(path + "/verified", "{\"version\":" + version + "}");
    assertThat(stale.status()).isEqualTo(409);
    Api.Reply verified =
        coordinator.post(
            path + "/verified", "{\"version\":" + named.json().getInt("version") + "}");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(
            coordinator
                .post(
                    "/api/praktijken/" + g.praktijk2() + "/contact/verified",
                    "{\"version\":" + row(coordinator, g.praktijk2()).getInt("version") + "}")
                .status())
        .as("nothing to confirm")
        .isEqualTo(409);

    assertThat(Api.as("beheer").post("/api/accounts/" + intakeId + "/deactivate", "").status())
        .isEqualTo(200);
    JsonObject gone = row(coordinator, g.praktijk1());
    assertThat(gone.getBoolean("accountGone")).isTrue();
    assertThat(gone.getBoolean("needsAttention")).isTrue();

    assertThat(
            Api.as("coordinator")
                .put(
                    path,
                    "{\"name\":\"X\",\"phone\":\"0580 44 55 66\",\"email\":\"x@x.example\",\"version\":0}")
                .status())
        .as("another gemeente's practice")
        .isEqualTo(404);
    assertThat(g.intake().get("/api/praktijken/contacten").status()).isIn(401, 403);
    // A practice that moves to another gemeente leaves its old gemeente's contact behind.
    JsonObject practice = Api.as("beheer").get("/api/praktijken/" + g.praktijk1()).json();
    long elsewhere = NewGemeente.create().id();
    Api.Reply moved =
        Api.as("beheer")
            .put(
                "/api/praktijken/" + g.praktijk1(),
                jakarta.json.Json.createObjectBuilder()
                    .add("name", practice.getString("name"))
                    .add("agbCode", practice.getString("agbCode"))
                    .add("street", practice.getString("street"))
                    .add("postcode", practice.getString("postcode"))
                    .add("city", practice.getString("city"))
                    .add("gemeenteId", elsewhere)
                    .add("feedbackEmail", practice.getString("feedbackEmail"))
                    .add("version", practice.getInt("version"))
                    .build()
                    .toString());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().containsKey("contact")).as("no contact of the old gemeente").isFalse();
    Api.Reply foreignAccount =
        coordinator.put(
            "/api/praktijken/" + g.praktijk2() + "/contact",
            "{\"accountId\":1,\"phone\":\"0580 44 55 66\",\"version\":"
                + row(coordinator, g.praktijk2()).getInt("version")
                + "}");
    assertThat(foreignAccount.status()).isEqualTo(400);
  }
}

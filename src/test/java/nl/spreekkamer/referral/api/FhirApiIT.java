package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.FhirValidation;
import org.junit.jupiter.api.Test;

/**
 * What a gemeente's case system reads under {@code /api/fhir}: valid FHIR R4 (checked by HAPI's
 * validator against the core definitions), with versions and Dutch identifiers, only of its own
 * gemeente.
 */
public class FhirApiIT {
  private final Api assistent = Api.as("assistent");
  private final Api intake = Api.as("intake");

  private long create(String name) {
    Api.Reply created = assistent.post("/api/referrals", ReferralApiIT.referral(name, true, ""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getInt("id");
  }

  @Test
  void theReferralReadsAsAValidFhirTaskForTheGemeenteOnly() {
    long id = create("Fhir Patient");
    Api.Reply task = intake.get("/api/fhir/Task/" + id);
    assertThat(task.status()).isEqualTo(200);
    assertThat(task.header("Content-Type")).startsWith("application/fhir+json");
    assertThat(FhirValidation.errors(task.body())).as(task.body()).isEmpty();

    JsonObject json = task.json();
    assertThat(json.getString("resourceType")).isEqualTo("Task");
    assertThat(json.getString("id")).isEqualTo(String.valueOf(id));
    assertThat(json.getString("status")).isEqualTo("received");
    assertThat(json.getString("intent")).isEqualTo("order");
    JsonObject code = json.getJsonObject("code").getJsonArray("coding").getJsonObject(0);
    assertThat(code.getString("system")).isEqualTo("http://hl7.org/fhir/CodeSystem/task-code");
    assertThat(code.getString("code")).isEqualTo("fulfill");
    JsonObject requester = json.getJsonObject("requester");
    assertThat(requester.getString("type")).isEqualTo("Organization");
    assertThat(requester.getString("display")).isEqualTo("Huisartsenpraktijk De Linde");
    assertThat(requester.getJsonObject("identifier").getString("system"))
        .isEqualTo("http://fhir.nl/fhir/NamingSystem/agb-z");
    assertThat(requester.getJsonObject("identifier").getString("value")).isEqualTo("01099001");
    assertThat(json.getJsonObject("owner").getString("type")).isEqualTo("Organization");
    assertThat(json.getJsonArray("contained").toString())
        .contains("\"resourceType\":\"ServiceRequest\"")
        .contains("\"resourceType\":\"Consent\"")
        .contains("\"resourceType\":\"Patient\"")
        .contains("Fhir Patient");

    assertThat(Api.as("intake-b").get("/api/fhir/Task/" + id).status()).isEqualTo(404);
    assertThat(assistent.get("/api/fhir/Task/" + id).status()).isEqualTo(403);
  }

  @Test
  void theTaskCarriesItsVersionInMetaAndInTheEtagAndItGrowsWithEveryChange() {
    long id = create("Versie Patient");
    JsonObject referral = intake.get("/api/referrals/" + id).json();
    long version = referral.getJsonNumber("version").longValue();

    Api.Reply before = intake.get("/api/fhir/Task/" + id);
    assertThat(before.json().getJsonObject("meta").getString("versionId"))
        .isEqualTo(String.valueOf(version));
    assertThat(before.header("ETag")).isEqualTo("W/\"" + version + "\"");

    Api.Reply assigned =
        intake.post("/api/referrals/" + id + "/assign", "{\"version\": " + version + "}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    long next = assigned.json().getJsonNumber("version").longValue();
    assertThat(next).isGreaterThan(version);

    Api.Reply after = intake.get("/api/fhir/Task/" + id);
    assertThat(after.json().getJsonObject("meta").getString("versionId"))
        .isEqualTo(String.valueOf(next));
    assertThat(after.header("ETag")).isEqualTo("W/\"" + next + "\"");
    assertThat(after.json().getString("status")).isEqualTo("in-progress");
  }

  @Test
  void theCapabilityStatementIsValidAndNamesTheTaskReadAndHowToLogIn() {
    Api.Reply metadata = Api.as("intake").get("/api/fhir/metadata");
    assertThat(metadata.status()).isEqualTo(200);
    assertThat(metadata.header("Content-Type")).startsWith("application/fhir+json");
    assertThat(FhirValidation.errors(metadata.body())).as(metadata.body()).isEmpty();

    JsonObject json = metadata.json();
    assertThat(json.getString("resourceType")).isEqualTo("CapabilityStatement");
    assertThat(json.getString("fhirVersion")).isEqualTo("4.0.1");
    assertThat(json.getJsonArray("format").getString(0)).isEqualTo("json");
    JsonObject rest = json.getJsonArray("rest").getJsonObject(0);
    assertThat(rest.getString("mode")).isEqualTo("server");
    assertThat(rest.getJsonObject("security").getString("description"))
        .contains("Bearer")
        .contains("Basic");
    JsonObject task =
        rest.getJsonArray("resource").stream()
            .map(JsonValue::asJsonObject)
            .filter(resource -> resource.getString("type").equals("Task"))
            .findFirst()
            .orElseThrow();
    assertThat(task.getJsonArray("interaction").toString()).contains("\"read\"");
    assertThat(json.getJsonObject("implementation").getString("url")).endsWith("/api/fhir");

    assertThat(Api.anonymous().get("/api/fhir/metadata").status()).isEqualTo(401);
  }
}

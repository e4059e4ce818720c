package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    JsonObject cbs = json.getJsonObject("owner").getJsonObject("identifier");
    assertThat(cbs.getString("system"))
        .isEqualTo("https://spreekkamer.nl/fhir/NamingSystem/cbs-gemeentecode");
    assertThat(cbs.getString("value")).isEqualTo("GM9901");
    JsonObject request = contained(json, "ServiceRequest");
    assertThat(request.getJsonArray("category").toString())
        .contains("SDOHCC-CodeSystemTemporaryCodes")
        .contains("financial-insecurity");
    assertThat(contained(json, "Patient").getJsonArray("telecom").getJsonObject(0).getString("use"))
        .isEqualTo("mobile");
    JsonObject consent = contained(json, "Consent");
    assertThat(consent.getJsonArray("organization").getJsonObject(0).getString("display"))
        .isEqualTo("Huisartsenpraktijk De Linde");
    assertThat(consent.getJsonObject("provision").getJsonArray("actor").toString())
        .contains("IRCP")
        .contains("GM9901");
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
    assertThat(task.getJsonArray("interaction").toString())
        .contains("\"read\"", "\"search-type\"", "\"patch\"", "\"update\"");
    assertThat(task.getJsonArray("searchParam").toString()).contains("_lastUpdated", "status");
    assertThat(json.getJsonObject("implementation").getString("url")).endsWith("/api/fhir");

    assertThat(Api.anonymous().get("/api/fhir/metadata").status()).isEqualTo(401);
  }

  private static JsonObject contained(JsonObject task, String type) {
    return task.getJsonArray("contained").stream()
        .map(JsonValue::asJsonObject)
        .filter(resource -> resource.getString("resourceType").equals(type))
        .findFirst()
        .orElseThrow();
  }

  /** The moment just before now, as a FHIR instant, for "changed since". */
  private static String justBefore() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1).toString();
  }

  private static String since(String instant) {
    return URLEncoder.encode(instant, StandardCharsets.UTF_8);
  }

  private static List<Long> ids(JsonObject bundle) {
    List<Long> ids = new ArrayList<>();
    JsonArray entries = bundle.getJsonArray("entry");
    if (entries == null) {
      return ids;
    }
    for (JsonValue entry : entries) {
      JsonObject task = entry.asJsonObject().getJsonObject("resource");
      assertThat(entry.asJsonObject().getString("fullUrl"))
          .endsWith("/Task/" + task.getString("id"));
      assertThat(task.getJsonObject("meta").getString("lastUpdated")).isNotBlank();
      ids.add(Long.parseLong(task.getString("id")));
    }
    return ids;
  }

  private static String link(JsonObject bundle, String relation) {
    return bundle.getJsonArray("link").stream()
        .map(JsonValue::asJsonObject)
        .filter(link -> link.getString("relation").equals(relation))
        .map(link -> link.getString("url"))
        .findFirst()
        .orElse(null);
  }

  @Test
  void aCaseSystemPagesThroughWhatChangedSinceAndMissesNothingThatComesInMeanwhile() {
    String since = justBefore();
    long first = create("Zoek Een");
    long second = create("Zoek Twee");
    long third = create("Zoek Drie");

    Api.Reply page1 =
        intake.get(
            "/api/fhir/Task?_lastUpdated=ge" + since(since) + "&_count=2&_sort=_lastUpdated");
    assertThat(page1.status()).as(page1.body()).isEqualTo(200);
    assertThat(page1.header("Content-Type")).startsWith("application/fhir+json");
    assertThat(FhirValidation.errors(page1.body())).as(page1.body()).isEmpty();
    JsonObject bundle1 = page1.json();
    assertThat(bundle1.getString("resourceType")).isEqualTo("Bundle");
    assertThat(bundle1.getString("type")).isEqualTo("searchset");
    assertThat(bundle1.getInt("total")).isEqualTo(3);
    assertThat(ids(bundle1)).containsExactly(first, second);
    assertThat(link(bundle1, "self")).contains("_count=2");
    String next = link(bundle1, "next");
    assertThat(next).startsWith(Api.BASE_URL + "/api/fhir/Task?");

    assertThat(ids(Api.as("intake-b").get(next.substring(Api.BASE_URL.length())).json()))
        .as("another gemeente following this gemeente's next link")
        .isEmpty();

    long meanwhile = create("Zoek Tussendoor");
    JsonObject bundle2 = intake.get(next.substring(Api.BASE_URL.length())).json();
    assertThat(bundle2.getInt("total")).isEqualTo(4);
    assertThat(ids(bundle2))
        .as("no referral twice, none skipped")
        .containsExactly(third, meanwhile);
    assertThat(link(bundle2, "next")).isNull();

    JsonObject newest =
        intake.get("/api/fhir/Task?_lastUpdated=ge" + since(since) + "&_sort=-_lastUpdated").json();
    assertThat(ids(newest)).containsExactly(meanwhile, third, second, first);
    JsonObject countOnly =
        intake.get("/api/fhir/Task?_lastUpdated=ge" + since(since) + "&_count=0").json();
    assertThat(countOnly.getInt("total")).isEqualTo(4);
    assertThat(ids(countOnly)).isEmpty();

    assertThat(
            Api.as("intake-b")
                .get("/api/fhir/Task?_lastUpdated=ge" + since(since))
                .json()
                .getInt("total"))
        .as("another gemeente's case system")
        .isZero();
  }

  @Test
  void aChangeMovesTheTaskToTheEndOfWhatChangedAndStatusAndPriorityFilter() {
    long id = create("Wijziging Patient");
    JsonObject before = intake.get("/api/fhir/Task/" + id).json();
    String lastUpdated = before.getJsonObject("meta").getString("lastUpdated");
    String changed = "/api/fhir/Task?_lastUpdated=gt" + since(lastUpdated);
    assertThat(ids(intake.get(changed).json())).doesNotContain(id);

    long version = intake.get("/api/referrals/" + id).json().getJsonNumber("version").longValue();
    Api.Reply assigned =
        intake.post("/api/referrals/" + id + "/assign", "{\"version\": " + version + "}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(ids(intake.get(changed).json())).contains(id);
    assertThat(ids(intake.get(changed + "&status=in-progress").json())).contains(id);
    assertThat(ids(intake.get(changed + "&status=received,completed").json())).doesNotContain(id);
    assertThat(ids(intake.get(changed + "&priority=urgent").json())).contains(id);
    assertThat(ids(intake.get(changed + "&priority=routine").json())).doesNotContain(id);
    assertThat(ids(intake.get(changed + "&status=on-hold").json()))
        .as("a FHIR status Spreekkamer does not use finds nothing")
        .isEmpty();
  }

  @Test
  void errorsUnderFhirAreOperationOutcomesThatSayWhatIsWrong() {
    Api.Reply unknown = intake.get("/api/fhir/Task?subject=Patient/1");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.header("Content-Type")).startsWith("application/fhir+json");
    assertThat(FhirValidation.errors(unknown.body())).as(unknown.body()).isEmpty();
    JsonObject issue = unknown.json().getJsonArray("issue").getJsonObject(0);
    assertThat(unknown.json().getString("resourceType")).isEqualTo("OperationOutcome");
    assertThat(issue.getString("severity")).isEqualTo("error");
    assertThat(issue.getString("code")).isEqualTo("invalid");
    assertThat(issue.getJsonArray("expression").getString(0)).isEqualTo("subject");
    assertThat(issue.getJsonObject("details").getString("text")).contains("subject");

    assertThat(
            intake.get("/api/fhir/Task?subject=Patient/1", "Prefer", "handling=lenient").status())
        .isEqualTo(200);
    for (String bad :
        List.of(
            "_lastUpdated=gisteren", "status=open", "_count=veel", "_sort=status", "_cursor=x")) {
      Api.Reply refused = intake.get("/api/fhir/Task?" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.json().getString("resourceType")).as(bad).isEqualTo("OperationOutcome");
    }

    Api.Reply missing = intake.get("/api/fhir/Task/987654321");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().getJsonArray("issue").getJsonObject(0).getString("code"))
        .isEqualTo("not-found");
    Api.Reply practice = assistent.get("/api/fhir/Task");
    assertThat(practice.status()).isEqualTo(403);
    assertThat(practice.json().getJsonArray("issue").getJsonObject(0).getString("code"))
        .isEqualTo("forbidden");
  }

  private static final String PATCH = "application/json-patch+json";

  private Api.Reply patch(long id, String etag, String operations) {
    return intake.send("PATCH", "/api/fhir/Task/" + id, PATCH, operations, "If-Match", etag);
  }

  private static String businessStatus(JsonObject task) {
    return task.getJsonObject("businessStatus")
        .getJsonArray("coding")
        .getJsonObject(0)
        .getString("code");
  }

  @Test
  void aCaseSystemWorksTheReferralThroughFhirWithTheSameRulesAsThePages() {
    long id = create("Casus Systeem");
    Api.Reply read = intake.get("/api/fhir/Task/" + id);
    String etag = read.header("ETag");

    Api.Reply accepted =
        patch(id, etag, "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"accepted\"}]");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(FhirValidation.errors(accepted.body())).as(accepted.body()).isEmpty();
    assertThat(accepted.json().getString("status")).isEqualTo("in-progress");
    assertThat(businessStatus(accepted.json())).isEqualTo("SEEKING_CONTACT");
    assertThat(accepted.header("ETag")).isNotEqualTo(etag);
    assertThat(intake.get("/api/referrals/" + id).json().getString("status"))
        .as("the intake pages see the same life cycle")
        .isEqualTo("SEEKING_CONTACT");

    Api.Reply stale = patch(id, etag, "[{\"op\": \"add\", \"path\": \"/note\", \"value\": []}]");
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);
    assertThat(stale.json().getJsonArray("issue").getJsonObject(0).getString("code"))
        .isEqualTo("conflict");
    assertThat(intake.send("PATCH", "/api/fhir/Task/" + id, PATCH, "[]").status())
        .as("without If-Match")
        .isEqualTo(400);

    // A worker on the intake page takes the referral on meanwhile: the system's read is stale.
    String systemRead = accepted.header("ETag");
    long version = intake.get("/api/referrals/" + id).json().getJsonNumber("version").longValue();
    Api.Reply onThePage =
        intake.post("/api/referrals/" + id + "/assign", "{\"version\": " + version + "}");
    assertThat(onThePage.status()).as(onThePage.body()).isEqualTo(200);
    Api.Reply race =
        patch(id, systemRead, "[{\"op\": \"add\", \"path\": \"/note\", \"value\": []}]");
    assertThat(race.status()).as("after a page action: " + race.body()).isEqualTo(412);
    accepted = intake.get("/api/fhir/Task/" + id);

    etag = accepted.header("ETag");
    Api.Reply priority =
        patch(id, etag, "[{\"op\": \"replace\", \"path\": \"/priority\", \"value\": \"routine\"}]");
    assertThat(priority.status()).as(priority.body()).isEqualTo(422);
    assertThat(
            priority
                .json()
                .getJsonArray("issue")
                .getJsonObject(0)
                .getJsonArray("expression")
                .getString(0))
        .isEqualTo("priority");
    Api.Reply jump =
        patch(
            id,
            etag,
            "[{\"op\": \"replace\", \"path\": \"/businessStatus/coding/0/code\","
                + " \"value\": \"HELP_ACCEPTED\"}]");
    assertThat(jump.status()).as("a step that does not follow: " + jump.body()).isEqualTo(409);

    Api.Reply reached =
        patch(
            id,
            etag,
            "[{\"op\": \"replace\", \"path\": \"/businessStatus/coding/0/code\","
                + " \"value\": \"CONTACT_MADE\"},"
                + " {\"op\": \"add\", \"path\": \"/note\", \"value\": [{\"text\": \"Gebeld, afspraak volgt\"}]}]");
    assertThat(reached.status()).as(reached.body()).isEqualTo(200);
    assertThat(businessStatus(reached.json())).isEqualTo("CONTACT_MADE");
    assertThat(intake.get("/api/referrals/" + id).body()).contains("Gebeld, afspraak volgt");

    // PUT: the whole Task back, completed with its outcome.
    JsonObject task = reached.json();
    String completed =
        Json.createObjectBuilder(task)
            .add("status", "completed")
            .add(
                "output",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", Json.createObjectBuilder().add("text", "outcome"))
                            .add(
                                "valueCodeableConcept",
                                Json.createObjectBuilder()
                                    .add(
                                        "coding",
                                        Json.createArrayBuilder()
                                            .add(
                                                Json.createObjectBuilder()
                                                    .add(
                                                        "system",
                                                        "https://spreekkamer.nl/fhir/CodeSystem/referral-outcome")
                                                    .add("code", "HELP_PROGRAMME_STARTED"))))))
            .build()
            .toString();
    Api.Reply put =
        intake.send(
            "PUT",
            "/api/fhir/Task/" + id,
            "application/fhir+json",
            completed,
            "If-Match",
            reached.header("ETag"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().getString("status")).isEqualTo("completed");
    assertThat(put.json().getJsonArray("output").toString()).contains("HELP_PROGRAMME_STARTED");
    assertThat(intake.get("/api/referrals/" + id).json().getString("status")).isEqualTo("CLOSED");

    assertThat(
            Api.as("intake-b")
                .send("PATCH", "/api/fhir/Task/" + id, PATCH, "[]", "If-Match", put.header("ETag"))
                .status())
        .as("another gemeente")
        .isEqualTo(404);
  }

  @Test
  void aRejectedTaskClosesAsDeclinedWithTheReasonTheCaseSystemGave() {
    long id = create("Wil Niet");
    String etag = intake.get("/api/fhir/Task/" + id).header("ETag");
    Api.Reply rejected =
        patch(
            id,
            etag,
            "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"rejected\"},"
                + " {\"op\": \"add\", \"path\": \"/statusReason\", \"value\": {\"coding\": [{\"system\":"
                + " \"https://spreekkamer.nl/fhir/CodeSystem/decline-reason\", \"code\": \"NOT_NOW\"}]}}]");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(FhirValidation.errors(rejected.body())).as(rejected.body()).isEmpty();
    assertThat(rejected.json().getJsonObject("statusReason").toString()).contains("NOT_NOW");
    JsonObject referral = intake.get("/api/referrals/" + id).json();
    assertThat(referral.getString("status")).isEqualTo("CLOSED");
    assertThat(referral.toString()).contains("DECLINED").contains("NOT_NOW");

    long other = create("Wil Ook Niet");
    Api.Reply withoutReason =
        patch(
            other,
            intake.get("/api/fhir/Task/" + other).header("ETag"),
            "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"rejected\"}]");
    assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(400);
    assertThat(
            withoutReason
                .json()
                .getJsonArray("issue")
                .getJsonObject(0)
                .getJsonArray("expression")
                .getString(0))
        .isEqualTo("declineReason");
  }
}

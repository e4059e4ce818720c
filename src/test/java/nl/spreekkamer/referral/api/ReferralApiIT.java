package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed loop through the API: a practice refers with consent, the right gemeente (and only
 * that one) works it to an outcome, the practice sees the feedback, everything is audited.
 */
public class ReferralApiIT {
  static final String CONSENT =
      "\"consent\": {\"share\": true, \"feedback\": %s, \"textVersion\": \"2026-11-1\"}";
  private final Api assistent = Api.as("assistent");
  private final Api intake = Api.as("intake");

  public static String referral(String name, boolean feedback, String extra) {
    return """
        {"patientName": "%s", "phone": "06 12 34 56 78", "category": "RENT_OR_MORTGAGE",
         "urgency": ["EVICTION"], "note": "Belt liever na 15 uur", %s %s}
        """
        .formatted(name, CONSENT.formatted(feedback), extra.isEmpty() ? "" : ", " + extra);
  }

  private JsonObject create(String name, boolean feedback) {
    Api.Reply created = assistent.post("/api/referrals", referral(name, feedback, ""));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .endsWith("/api/referrals/" + created.json().getInt("id"));
    return created.json();
  }

  private JsonObject step(long id, String body) {
    long version = intake.get("/api/referrals/" + id).json().getJsonNumber("version").longValue();
    Api.Reply reply =
        intake.post(
            "/api/referrals/" + id + "/status",
            body.replace("}", ", \"version\": " + version + "}"));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void aConsentedReferralIsWorkedToHelpAndThePracticeSeesTheFeedback() {
    JsonObject created = create("Gerrit Mulder", true);
    long id = created.getInt("id");
    assertThat(created.getString("status")).isEqualTo("RECEIVED");
    assertThat(created.getString("reference")).matches("VK-[0-9A-Z]{5}-[0-9A-Z]{5}");

    JsonObject queue = intake.get("/api/intake/referrals?max=100&order=NEWEST_FIRST").json();
    JsonObject row =
        queue.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.getInt("id") == id)
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("norm"))
        .as("new today, urgent norm of 3 working days")
        .isEqualTo("WITHIN");
    assertThat(Api.as("intake-b").get("/api/intake/referrals?max=100&status=ALL").body())
        .doesNotContain("Gerrit Mulder");
    assertThat(Api.as("intake-b").get("/api/referrals/" + id).status()).isEqualTo(404);
    assertThat(Api.as("praktijkmanager-b").get("/api/referrals/" + id).status()).isEqualTo(404);

    JsonObject seen = intake.get("/api/referrals/" + id).json();
    assertThat(seen.getJsonObject("patient").getString("phone")).isEqualTo("06 12 34 56 78");
    Api.Reply assigned =
        intake.post(
            "/api/referrals/" + id + "/assign", "{\"version\": " + seen.getInt("version") + "}");
    assertThat(assigned.json().getString("status")).isEqualTo("SEEKING_CONTACT");

    Api.Reply reached =
        intake.post(
            "/api/referrals/" + id + "/contact-attempts",
            "{\"channel\": \"PHONE\", \"result\": \"REACHED\", \"note\": \"Afspraak gemaakt\"}");
    assertThat(reached.status()).isEqualTo(201);
    assertThat(reached.json().getString("status"))
        .as("a call that reached the patient means contact is made")
        .isEqualTo("CONTACT_MADE");
    step(
        id,
        "{\"status\": \"CONVERSATION_PLANNED\", \"plannedAt\": \"%sT10:30\", \"plannedPlace\": \"Buurthuis De Wissel\"}"
            .formatted(LocalDate.now(ClockProducer.ZONE).plusDays(3)));
    step(id, "{\"status\": \"HELP_ACCEPTED\"}");
    JsonObject closed =
        step(
            id,
            "{\"status\": \"CLOSED\", \"outcome\": \"HELP_PROGRAMME_STARTED\", \"note\": \"Budgetcoaching\"}");
    assertThat(closed.getString("outcome")).isEqualTo("HELP_PROGRAMME_STARTED");
    Api.Reply feedback =
        intake.post(
            "/api/referrals/" + id + "/feedback",
            "{\"text\": \"Mevrouw doet mee met budgetcoaching.\", \"version\": "
                + closed.getInt("version")
                + "}");
    assertThat(feedback.status()).isEqualTo(200);

    JsonObject practiceView = assistent.get("/api/referrals/" + id).json();
    assertThat(practiceView.getString("status")).isEqualTo("CLOSED");
    assertThat(practiceView.getString("outcome")).isEqualTo("HELP_PROGRAMME_STARTED");
    assertThat(practiceView.getString("feedback"))
        .isEqualTo("Mevrouw doet mee met budgetcoaching.");
    assertThat(practiceView.getJsonArray("history")).hasSize(5);
    assertThat(practiceView.getJsonArray("attempts")).isEmpty();

    String audit = intake.get("/api/referrals/" + id + "/audit").body();
    assertThat(audit)
        .contains("\"action\":\"CREATE\"", "\"action\":\"VIEW\"", "\"action\":\"STATUS\"")
        .contains("\"username\":\"intake\"", "\"username\":\"assistent\"");
    assertThat(assistent.get("/api/referrals/" + id + "/audit").status()).isEqualTo(403);
  }

  @Test
  void withoutFeedbackConsentThePracticeOnlySeesThatItWasReceived() {
    long id = create("Henk de Boer", false).getInt("id");
    long version = intake.get("/api/referrals/" + id).json().getInt("version");
    intake.post("/api/referrals/" + id + "/assign", "{\"version\": " + version + "}");

    JsonObject practiceView = assistent.get("/api/referrals/" + id).json();
    assertThat(practiceView.getString("status")).isEqualTo("RECEIVED");
    assertThat(practiceView.get("outcome")).isIn(null, JsonValue.NULL);
    assertThat(practiceView.getJsonArray("history")).isEmpty();
  }

  @Test
  void withoutConsentToShareThereIsNoReferral() {
    Api.Reply refused =
        assistent.post(
            "/api/referrals",
            "{\"patientName\": \"Anna Smit\", \"phone\": \"06 12 34 56 78\", \"category\": \"DEBTS\","
                + " \"consent\": {\"share\": false, \"feedback\": true, \"textVersion\": \"2026-11-1\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("consent.share");
    assertThat(intake.get("/api/intake/referrals?max=100&status=ALL").body())
        .doesNotContain("Anna Smit");
  }

  @Test
  void illegalJumpsAndStaleVersionsAreRefused() {
    long id = create("Kim Jansen", true).getInt("id");
    JsonObject seen = intake.get("/api/referrals/" + id).json();
    int version = seen.getInt("version");

    Api.Reply jump =
        intake.post(
            "/api/referrals/" + id + "/status",
            "{\"status\": \"HELP_ACCEPTED\", \"version\": " + version + "}");
    assertThat(jump.status()).isEqualTo(409);
    assertThat(jump.json().getString("detail")).contains("RECEIVED").contains("HELP_ACCEPTED");

    Api.Reply first =
        intake.post(
            "/api/referrals/" + id + "/status",
            "{\"status\": \"SEEKING_CONTACT\", \"version\": " + version + "}");
    assertThat(first.status()).isEqualTo(200);
    Api.Reply second =
        Api.as("coordinator")
            .post(
                "/api/referrals/" + id + "/status",
                "{\"status\": \"CONTACT_MADE\", \"version\": " + version + "}");
    assertThat(second.status()).as("a colleague working from the old version").isEqualTo(409);
    assertThat(intake.get("/api/referrals/" + id).json().getString("status"))
        .isEqualTo("SEEKING_CONTACT");

    Api.Reply notReached =
        intake.post(
            "/api/referrals/" + id + "/status",
            "{\"status\": \"CLOSED\", \"outcome\": \"NOT_REACHED\", \"version\": "
                + first.json().getInt("version")
                + "}");
    assertThat(notReached.status()).isEqualTo(400);
  }

  @Test
  void thePracticeWithdrawsOnlyBeforePickUp() {
    JsonObject first = create("Lotte Visser", true);
    Api.Reply withdrawn =
        assistent.post(
            "/api/referrals/" + first.getInt("id") + "/withdraw",
            "{\"version\": " + first.getInt("version") + "}");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");

    long id = create("Sem Bos", true).getInt("id");
    long version = intake.get("/api/referrals/" + id).json().getInt("version");
    long picked =
        intake
            .post("/api/referrals/" + id + "/assign", "{\"version\": " + version + "}")
            .json()
            .getInt("version");
    assertThat(
            assistent
                .post("/api/referrals/" + id + "/withdraw", "{\"version\": " + picked + "}")
                .status())
        .isEqualTo(409);
  }

  @Test
  void onlyPracticeStaffReferAndOnlyGemeenteStaffWorkTheQueue() {
    assertThat(intake.post("/api/referrals", referral("Niemand", true, "")).status())
        .isEqualTo(403);
    assertThat(assistent.get("/api/intake/referrals").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/intake/referrals").status()).isEqualTo(401);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "patientName | '' | 06 12 34 56 78 | DEBTS | 2026-11-1 | ''",
        "phone | Invoer Test | geen | DEBTS | 2026-11-1 | ''",
        "category | Invoer Test | 06 12 34 56 78 | LOTERIJ | 2026-11-1 | ''",
        "gemeenteId | Invoer Test | 06 12 34 56 78 | DEBTS | 2026-11-1 | , \"gemeenteId\": 999999",
        "note | Invoer Test | 06 12 34 56 78 | DEBTS | 2026-11-1 | , \"note\": \"%s\"",
        "consent.textVersion | Invoer Test | 06 12 34 56 78 | DEBTS | 2020-1 | ''",
        "reference | Invoer Test | 06 12 34 56 78 | DEBTS | 2026-11-1 | , \"reference\": \"VK-00000-00000\""
      })
  void badInputIsRefusedAndNothingIsStored(
      String field, String name, String phone, String category, String version, String extra) {
    String body =
        ("{\"patientName\": \"%s\", \"phone\": \"%s\", \"category\": \"%s\","
                + " \"consent\": {\"share\": true, \"feedback\": true, \"textVersion\": \"%s\"}%s}")
            .formatted(name, phone, category, version, extra.formatted("x".repeat(501)));
    Api.Reply reply = assistent.post("/api/referrals", body);
    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
    assertThat(
            Api.as("intake-b")
                .get("/api/intake/referrals?max=100&status=ALL&order=NEWEST_FIRST")
                .body())
        .as("nothing stored for the other gemeente either")
        .doesNotContain("Invoer Test");
    assertThat(intake.get("/api/intake/referrals?max=100&status=ALL&order=NEWEST_FIRST").body())
        .doesNotContain("Invoer Test");
  }

  @Test
  void theCoordinatorErasesAPatientsDataOnRequest() {
    long id = create("Wis Mij", true).getInt("id");
    assertThat(intake.post("/api/referrals/" + id + "/erase", null).status()).isEqualTo(403);
    Api.Reply erased = Api.as("coordinator").post("/api/referrals/" + id + "/erase", null);
    assertThat(erased.status()).isEqualTo(200);
    assertThat(erased.json().getBoolean("erased")).isTrue();
    assertThat(erased.json().get("patient")).isIn(null, JsonValue.NULL);
    assertThat(intake.get("/api/referrals/" + id).body()).doesNotContain("Wis Mij");
  }

  @Test
  void theMeldpuntPrintsAnInvitationLetterWithTwoNamedContacts() throws Exception {
    long id = create("Fenna Dijkstra", true).getInt("id");
    String body =
        "{\"appointmentAt\": \"2026-12-08T14:00\", \"place\": \"Buurthuis De Wissel\","
            + " \"contact1\": \"Nadia Bakker\", \"contact2\": \"Ruud Smit\"}";
    var letter = intake.postForBytes("/api/referrals/" + id + "/letter", body);
    assertThat(letter.statusCode()).isEqualTo(200);
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("Beste Fenna Dijkstra")
          .contains("8 december 2026, 14:00")
          .contains("Nadia Bakker of Ruud Smit")
          .contains("0571 23 45 67");
    }
    assertThat(
            Api.as("intake-b").postForBytes("/api/referrals/" + id + "/letter", body).statusCode())
        .isEqualTo(404);
    Api.Reply missing =
        intake.post("/api/referrals/" + id + "/letter", body.replace("\"Ruud Smit\"", "\"\""));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("contact2");
  }

  @Test
  void aPatientWhoMovesIsHandedOverToTheNewGemeentesQueue() {
    long id = create("Verhuisd Persoon", true).getInt("id");
    int version = intake.get("/api/referrals/" + id).json().getInt("version");
    int zandmere = Api.as("intake-b").get("/api/me").json().getJsonObject("gemeente").getInt("id");

    Api.Reply moved =
        intake.post(
            "/api/referrals/" + id + "/transfer",
            "{\"gemeenteId\": "
                + zandmere
                + ", \"version\": "
                + version
                + ", \"note\": \"Verhuisd\"}");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(intake.get("/api/referrals/" + id).status()).isEqualTo(404);
    JsonObject there = Api.as("intake-b").get("/api/referrals/" + id).json();
    assertThat(there.getString("status")).isEqualTo("RECEIVED");
    assertThat(there.getJsonArray("history").toString()).contains("MOVED_AWAY");
    assertThat(Api.as("intake-b").get("/api/intake/referrals?max=100&order=NEWEST_FIRST").body())
        .contains("Verhuisd Persoon");
    assertThat(
            Api.as("intake-b")
                .post(
                    "/api/referrals/" + id + "/transfer",
                    "{\"gemeenteId\": "
                        + zandmere
                        + ", \"version\": "
                        + there.getInt("version")
                        + "}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void malformedJsonAndUnknownIdsGiveClearErrors() {
    assertThat(assistent.post("/api/referrals", "{\"patientName\": ").status()).isEqualTo(400);
    assertThat(intake.get("/api/referrals/987654").status()).isEqualTo(404);
    assertThat(intake.get("/api/referrals/abc").status()).isEqualTo(404);
  }
}

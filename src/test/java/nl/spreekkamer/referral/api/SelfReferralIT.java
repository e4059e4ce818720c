package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;

/**
 * Self-referral by card code (issue 18, item 3): a patient who did not want their data sent calls
 * the meldpunt with the code of a card from a blank stack; the intake worker enters it and the
 * referral counts for the practice that printed the card, apart in the figures.
 */
class SelfReferralIT {
  private static final Pattern CODE =
      Pattern.compile("VK-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
  private final Api assistent = Api.as("assistent");
  private final Api manager = Api.as("praktijkmanager");
  private final Api intake = Api.as("intake");

  /** The codes of a fresh blank stack of the assistant's practice. */
  private List<String> stack(int count) {
    HttpResponse<byte[]> response =
        assistent.postForBytes("/api/cards/stacks", "{\"count\": " + count + "}");
    assertThat(response.statusCode()).isEqualTo(200);
    return CODE.matcher(new PrintedPdfs(response.body()).text())
        .results()
        .map(MatchResult::group)
        .distinct()
        .toList();
  }

  private String version() {
    Api.Reply text = intake.get("/api/intake/referrals/consent-text");
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.json().getString("text")).contains("code van uw kaart");
    return text.json().getString("version");
  }

  private String body(String code, String name, boolean feedback) {
    return """
        {"cardCode": "%s", "patientName": "%s", "phone": "06 41 22 80 13",
         "category": "HEALTH_INSURANCE", "note": "Belde zelf, wil liever niet via de praktijk",
         "consent": {"share": true, "feedback": %s, "textVersion": "%s"}}
        """
        .formatted(code, name, feedback, version());
  }

  private long practiceSelfReferrals() {
    Api.Reply figures =
        manager.get(
            "/api/monitoring/practice?from=2026-01-01&to="
                + java.time.LocalDate.now(nl.spreekkamer.platform.ClockProducer.ZONE));
    assertThat(figures.status()).as(figures.body()).isEqualTo(200);
    assertThat(figures.json().containsKey("selfReferrals")).as(figures.body()).isTrue();
    return figures.json().getJsonNumber("selfReferrals").longValue();
  }

  @Test
  void aBlankStacksCodeBecomesAReferralOfThePracticeThatPrintedIt() {
    List<String> codes = stack(2);
    assertThat(codes).hasSize(2);
    long before = practiceSelfReferrals();
    String practice = assistent.get("/api/me").json().getJsonObject("practice").getString("name");

    // Read out on the phone: lower case, spaces for dashes, the letter O for zero.
    String spoken = codes.get(0).toLowerCase(Locale.ROOT).replace('-', ' ').replace('0', 'o');
    Api.Reply created = intake.post("/api/intake/referrals", body(spoken, "Hatice Yılmaz", false));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject referral = created.json();
    assertThat(referral.getString("reference")).isEqualTo(codes.get(0));
    assertThat(referral.getString("praktijk")).isEqualTo(practice);
    assertThat(referral.getBoolean("selfReferral")).isTrue();
    assertThat(referral.getString("status"))
        .as("the worker is in touch with the patient: contact is made")
        .isEqualTo("CONTACT_MADE");
    assertThat(referral.getJsonNumber("assignedTo").longValue())
        .isEqualTo(intake.get("/api/me").json().getJsonNumber("id").longValue());
    assertThat(created.header("Location")).endsWith("/api/referrals/" + referral.getInt("id"));

    JsonObject seen = practiceRow(codes.get(0));
    assertThat(seen.getBoolean("selfReferral")).isTrue();
    assertThat(seen.containsKey("patient") && !seen.isNull("patient"))
        .as("without feedback consent the practice sees only that its card was used")
        .isFalse();
    assertThat(seen.toString()).doesNotContain("Hatice").doesNotContain("06 41 22 80 13");
    assertThat(practiceSelfReferrals()).isEqualTo(before + 1);

    Api.Reply withdraw =
        assistent.post(
            "/api/referrals/" + seen.getInt("id") + "/withdraw",
            "{\"version\": " + seen.getJsonNumber("version") + "}");
    assertThat(withdraw.status()).isEqualTo(409);

    Api.Reply again = intake.post("/api/intake/referrals", body(codes.get(0), "Ander", false));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("detail")).contains("al een verwijzing");
  }

  @Test
  void withFeedbackConsentThePracticeSeesWhoAndHowItGoes() {
    String code = stack(1).get(0);
    Api.Reply created = intake.post("/api/intake/referrals", body(code, "Piet Verhoef", true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject seen = practiceRow(code);
    assertThat(seen.getJsonObject("patient").getString("name")).isEqualTo("Piet Verhoef");
    assertThat(seen.getString("status")).isEqualTo("CONTACT_MADE");
  }

  @Test
  void aCardThePracticeAlreadySentCannotBeUsedAgain() {
    String code = stack(1).get(0);
    Api.Reply sent =
        assistent.post(
            "/api/referrals",
            ReferralApiIT.referral("Dirk Schouten", false, "\"reference\": \"" + code + "\""));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    Api.Reply again = intake.post("/api/intake/referrals", body(code, "Dirk", false));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aCodeThatWasNeverPrintedIsUnknown() {
    Api.Reply sent =
        assistent.post("/api/referrals", ReferralApiIT.referral("Els Brouwer", false, ""));
    assertThat(sent.status()).isEqualTo(201);
    Api.Reply attempt =
        intake.post(
            "/api/intake/referrals", body(sent.json().getString("reference"), "Els", false));
    assertThat(attempt.status())
        .as("a referral sent without a printed card has no card to call with")
        .isEqualTo(422);
  }

  @Test
  void unknownMalformedAndForeignCodesAreRefusedAtTheField() {
    String code = stack(1).get(0);
    Api.Reply unknown =
        intake.post("/api/intake/referrals", body("VK-22222-22222", "Test Onbekend", false));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body()).contains("cardCode").contains("kennen we niet");

    Api.Reply malformed = intake.post("/api/intake/referrals", body("12345", "Test Vorm", false));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("cardCode");

    Api.Reply foreign =
        Api.as("intake-b").post("/api/intake/referrals", body(code, "Test Buiten", false));
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.json().getString("detail")).contains("Lindewaard");

    String noConsent =
        body(code, "Test Zonder", false).replace("\"share\": true", "\"share\": false");
    assertThat(intake.post("/api/intake/referrals", noConsent).status()).isEqualTo(400);
    String oldText = body(code, "Test Oud", false).replace(version(), "2020-1");
    assertThat(intake.post("/api/intake/referrals", oldText).status()).isEqualTo(400);

    assertThat(assistent.post("/api/intake/referrals", body(code, "Test Rol", false)).status())
        .as("a practice does not enter self-referrals")
        .isEqualTo(403);
    assertThat(
            Pages.loggedInAs("assistent")
                .call("GET", "/intake/zelfmelding.xhtml", null)
                .statusCode())
        .isEqualTo(403);

    assertThat(intake.get("/api/intake/referrals?max=100&status=ALL").body())
        .doesNotContain("Test Onbekend")
        .doesNotContain("Test Zonder")
        .doesNotContain("Test Oud");
    Api.Reply stillFree = intake.post("/api/intake/referrals", body(code, "Anna Kok", false));
    assertThat(stillFree.status()).as(stillFree.body()).isEqualTo(201);
  }

  private JsonObject practiceRow(String code) {
    return assistent.get("/api/referrals?max=100").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("reference").equals(code))
        .findFirst()
        .orElseThrow();
  }
}

package nl.spreekkamer.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Referral cards through the API, read back from the PDF: text, pages and the QR code. */
class CardApiIT {
  private static final String REFERENCE = "VK-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}";
  private final Api assistent = Api.as("assistent");

  @Test
  void blankCardCarriesPracticeMeldpuntAndAReferenceThatTheQrCodeLinksTo() {
    JsonObject me = assistent.get("/api/me").json();
    HttpResponse<byte[]> response = assistent.postForBytes("/api/cards", "{}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    String reference = response.headers().firstValue("X-Card-Reference").orElseThrow();
    assertThat(reference).matches(REFERENCE);

    PrintedPdfs card = new PrintedPdfs(response.body());
    String text = card.text();
    assertThat(text)
        .contains(me.getJsonObject("practice").getString("name"))
        .contains(me.getJsonObject("gemeente").getString("phone"))
        .contains(reference)
        .contains("Hulp bij geldzorgen");
    assertThat(card.pages()).isEqualTo(2);
    assertThat(card.pageSizeMm()).containsExactly(105, 148);
    assertThat(card.qrCode(1)).isEqualTo(Api.BASE_URL + "/kaart.xhtml?code=" + reference);
  }

  @Test
  void filledInCardShowsWhatWasChosenInTheChosenLanguage() {
    String location = assistent.get("/api/cards/locations").array().getString(1);
    String body =
        """
        {"language": "en", "patientName": "Sanne de Wit-Öztürk", "date": "%s",
         "categories": ["RENT_OR_MORTGAGE", "energy_or_water"], "urgency": ["EVICTION"],
         "location": "%s", "contactPreference": "PHONE", "phone": "06 12 34 56 78",
         "callTimes": "Na 15.00 uur", "bring": ["ID_DOCUMENT"], "consentGiven": true}
        """
            .formatted(
                java.time.LocalDate.now(nl.spreekkamer.platform.ClockProducer.ZONE), location);
    HttpResponse<byte[]> response = assistent.postForBytes("/api/cards", body);

    assertThat(response.statusCode()).isEqualTo(200);
    String text = new PrintedPdfs(response.body()).text();
    assertThat(text)
        .contains("Help with money worries")
        .contains("Sanne de Wit-Öztürk")
        .contains("You may have to leave your home")
        .contains(location)
        .contains("06 12 34 56 78")
        .contains("Na 15.00 uur")
        .contains("Text version 2026-11-1")
        .contains("✓ Rent or mortgage")
        .contains("✓ Shared with the help desk, with the consent of the patient")
        .as("a filled-in card shows what was chosen, not every option with an empty box")
        .doesNotContain("☐")
        .doesNotContain("Health insurance")
        .doesNotContain("Bank statements of 3 months")
        .doesNotContain("I agree that the practice passes my name");
  }

  @Test
  void blankCardStaysAFormWithABoxForEveryChoice() {
    HttpResponse<byte[]> response = assistent.postForBytes("/api/cards", "{}");
    String text = new PrintedPdfs(response.body()).text();
    assertThat(text)
        .contains("☐ Huur of hypotheek")
        .contains("☐ Zorgverzekering")
        .containsPattern("☐[\\s\\u00a0]+Ja, ik geef toestemming")
        .doesNotContain("✓ Huur of hypotheek");
  }

  @Test
  void fourUpLayoutPutsTheCardOnAnA4SheetWithItsBack() {
    HttpResponse<byte[]> response = assistent.postForBytes("/api/cards?layout=a4", "{}");
    PrintedPdfs sheet = new PrintedPdfs(response.body());
    assertThat(sheet.pages()).isEqualTo(2);
    assertThat(sheet.pageSizeMm()).containsExactly(210, 297);
    assertThat(sheet.text())
        .contains(response.headers().firstValue("X-Card-Reference").orElseThrow());
  }

  @Test
  void stackHasAFreshReferenceOnEveryCard() {
    // 45 cards: laid out in two parts (40 + 5) and joined, on 12 sheets, fronts and backs.
    HttpResponse<byte[]> response = assistent.postForBytes("/api/cards/stacks", "{\"count\": 45}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Card-Count")).contains("45");
    PrintedPdfs stack = new PrintedPdfs(response.body());
    assertThat(stack.pages()).isEqualTo(24);
    List<String> references =
        java.util.regex.Pattern.compile(REFERENCE)
            .matcher(stack.text())
            .results()
            .map(java.util.regex.MatchResult::group)
            .distinct()
            .toList();
    assertThat(references).hasSize(45);
  }

  @Test
  void previewIsAnImageAndNotAPrintedCard() {
    HttpResponse<byte[]> response =
        assistent.postForBytes("/api/cards/preview", "{\"patientName\": \"Voorbeeld\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
    assertThat(response.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  @Test
  void aCardIsOnlyPrintedInTheNameOfTheOwnPractice() {
    long otherPractice =
        Api.as("praktijkmanager-b")
            .get("/api/me")
            .json()
            .getJsonObject("practice")
            .getJsonNumber("id")
            .longValue();
    assertThat(
            assistent
                .postForBytes("/api/cards", "{\"praktijkId\": " + otherPractice + "}")
                .statusCode())
        .isEqualTo(403);
    assertThat(Api.as("intake").postForBytes("/api/cards", "{}").statusCode()).isEqualTo(403);
    assertThat(Api.anonymous().postForBytes("/api/cards", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void aPatientLivingElsewhereGetsTheMeldpuntOfTheirOwnGemeente() {
    JsonObject zandmere = Api.as("intake-b").get("/api/me").json().getJsonObject("gemeente");
    HttpResponse<byte[]> response =
        assistent.postForBytes("/api/cards", "{\"gemeenteId\": " + zandmere.getInt("id") + "}");
    assertThat(new PrintedPdfs(response.body()).text()).contains(zandmere.getString("phone"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gemeenteId | {\"gemeenteId\": 987654}",
        "phone | {\"phone\": \"bel mij\"}",
        "email | {\"email\": \"iemand@\"}",
        "patientName | {\"patientName\": \"%s\"}",
        "categories | {\"categories\": [\"LOTTERY\"]}",
        "urgency | {\"urgency\": [\"\"]}",
        "location | {\"location\": \"Op de maan\"}",
        "date | {\"date\": \"31-12-2026\"}",
        "language | {\"language\": \"fr\"}",
        "contactPreference | {\"contactPreference\": \"DUIF\"}"
      })
  void badInputIsRefusedNamingTheField(String field, String body) {
    Api.Reply reply = assistent.post("/api/cards", body.formatted("x".repeat(81)));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
  }

  @ParameterizedTest
  @CsvSource({"0", "501", "-3"})
  void stackSizeMustBeSane(int count) {
    Api.Reply reply = assistent.post("/api/cards/stacks", "{\"count\": " + count + "}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("count");
  }
}

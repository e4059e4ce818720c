package nl.spreekkamer.openers.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** The openers library through the API: filters, one opener, favourites, roles. */
class OpenerApiIT {
  private final Api huisarts = Api.as("huisarts");

  @Test
  void listsAndFiltersOpeners() {
    JsonArray all = huisarts.get("/api/openers").array();
    assertThat(all.size()).isGreaterThanOrEqualTo(40);

    JsonArray sleep = huisarts.get("/api/openers?signal=slecht_slapen").array();
    assertThat(sleep.size()).isBetween(3, all.size() - 1);
    for (JsonValue value : sleep) {
      assertThat(value.asJsonObject().getJsonArray("signals").getValuesAs(JsonString.class))
          .extracting(JsonString::getString)
          .contains("SLECHT_SLAPEN");
    }

    JsonArray deskOpeners = huisarts.get("/api/openers?setting=BALIE&phase=OPENEN").array();
    for (JsonValue value : deskOpeners) {
      JsonObject opener = value.asJsonObject();
      assertThat(opener.getString("phase")).isEqualTo("OPENEN");
      assertThat(opener.getJsonArray("settings").toString()).contains("BALIE");
      assertThat(opener.getString("setting")).isEqualTo("BALIE");
    }

    String word =
        sleep.getJsonObject(0).getString("text").split("\\s+")[2].replaceAll("[^\\p{L}]", "");
    assertThat(huisarts.get("/api/openers?q=" + word).array()).isNotEmpty();
    assertThat(huisarts.get("/api/openers?q=xyzzy-bestaat-niet").array()).isEmpty();
  }

  @Test
  void refusesUnknownFilterValuesAndIds() {
    Api.Reply bad = huisarts.get("/api/openers?signal=KIES_IETS");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("signal");
    assertThat(huisarts.get("/api/openers/bestaat-niet").status()).isEqualTo(404);
  }

  @Test
  void favouritesBelongToTheUser() {
    TestAccounts.Created poh = TestAccounts.createPracticeMember("POH");
    Api mine = Api.as(poh.username(), poh.password());
    String id = mine.get("/api/openers").array().getJsonObject(3).getString("id");

    assertThat(mine.put("/api/openers/" + id + "/favourite", null).status()).isEqualTo(204);
    assertThat(mine.put("/api/openers/" + id + "/favourite", null).status())
        .as("twice is fine")
        .isEqualTo(204);
    JsonArray favourites = mine.get("/api/openers?favourites=true").array();
    assertThat(favourites).hasSize(1);
    assertThat(favourites.getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(mine.get("/api/openers/" + id).json().getBoolean("favourite")).isTrue();
    assertThat(Api.as("assistent").get("/api/openers/" + id).json().getBoolean("favourite"))
        .as("another user's favourite")
        .isFalse();

    assertThat(mine.delete("/api/openers/" + id + "/favourite").status()).isEqualTo(204);
    assertThat(mine.get("/api/openers?favourites=true").array()).isEmpty();
    assertThat(mine.put("/api/openers/bestaat-niet/favourite", null).status()).isEqualTo(404);
  }

  @Test
  void pocketCardHoldsTheChosenOpenersOrTheFavourites() throws Exception {
    TestAccounts.Created assistant = TestAccounts.createPracticeMember("ASSISTENT");
    Api mine = Api.as(assistant.username(), assistant.password());
    Api.Reply none = mine.get("/api/openers/zakkaart");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("ids");

    JsonArray all = mine.get("/api/openers").array();
    JsonObject first = all.getJsonObject(0);
    JsonObject second = all.getJsonObject(1);
    var chosen =
        mine.getBytes(
            "/api/openers/zakkaart?ids=" + first.getString("id") + "," + second.getString("id"));
    assertThat(chosen.statusCode()).isEqualTo(200);
    String text = pdfText(chosen.body());
    assertThat(text)
        .contains(words(first.getString("text")))
        .contains(words(second.getString("text")));

    mine.put("/api/openers/" + second.getString("id") + "/favourite", null);
    String favourites = pdfText(mine.getBytes("/api/openers/zakkaart").body());
    assertThat(favourites).contains(words(second.getString("text")));
    assertThat(favourites).doesNotContain(words(first.getString("text")));

    assertThat(mine.get("/api/openers/zakkaart?ids=bestaat-niet").status()).isEqualTo(400);
  }

  /** The first few words of a text, which a PDF keeps on one line. */
  private static String words(String text) {
    String[] words = text.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(3, words.length)));
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void theSignalenkaartListsEverySignal() {
    JsonArray cards = huisarts.get("/api/openers/signalenkaart").array();
    assertThat(cards.size()).isGreaterThanOrEqualTo(11);
    assertThat(cards.getJsonObject(0).getString("consult")).isNotBlank();
  }

  @Test
  void municipalStaffHaveNoOpenersLibrary() {
    assertThat(Api.as("intake").get("/api/openers").status()).isEqualTo(403);
    assertThat(Api.as("coordinator").get("/api/openers/signalenkaart").status()).isEqualTo(403);
  }
}

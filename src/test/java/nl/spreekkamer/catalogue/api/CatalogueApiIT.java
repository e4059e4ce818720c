package nl.spreekkamer.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;

/**
 * The catalogue: the items, each downloaded personalised with the meldpunt of the user's own
 * gemeente, download counts, and the waiting-room screen behind its unguessable address.
 */
class CatalogueApiIT {
  static final String POSTER = "poster-niet-de-enige";

  @Test
  void catalogueListsEveryTypeWithTheContractFields() {
    JsonArray items = Api.as("assistent").get("/api/catalogue").array();
    assertThat(items.stream().map(i -> i.asJsonObject().getString("type")))
        .contains("POSTER", "ANIMATION", "LEAFLET", "PRAATPLAAT", "CARD_STACK");
    assertThat(items.stream().filter(i -> i.asJsonObject().getString("type").equals("POSTER")))
        .hasSizeGreaterThanOrEqualTo(3);
    for (JsonObject item : items.getValuesAs(JsonObject.class)) {
      assertThat(item.getString("id")).isNotBlank();
      assertThat(item.getString("title")).isNotBlank();
      assertThat(item.getJsonArray("languages")).isNotEmpty();
      assertThat(item.getJsonArray("formats")).isNotEmpty();
    }
    JsonObject poster = find(items, POSTER);
    assertThat(
            poster.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString))
        .contains("nl", "en", "tr");
    assertThat(poster.getJsonArray("sizes").toString()).contains("A3", "A4");
    assertThat(Api.anonymous().get("/api/catalogue").status()).isEqualTo(401);
  }

  @Test
  void posterIsPersonalisedForTheOwnGemeenteInA3AndA4WithAQrCodeToItsWebsite() {
    Api assistent = Api.as("assistent");
    JsonObject own = assistent.get("/api/me").json().getJsonObject("gemeente");
    JsonObject other = Api.as("intake-b").get("/api/me").json().getJsonObject("gemeente");

    HttpResponse<byte[]> a3 =
        assistent.getBytes("/api/catalogue/" + POSTER + "/download?format=pdf&size=A3&lang=nl");
    assertThat(a3.statusCode()).isEqualTo(200);
    assertThat(a3.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    PrintedPdfs poster = new PrintedPdfs(a3.body());
    assertThat(poster.pages()).isEqualTo(1);
    assertThat(poster.pageSizeMm()).containsExactly(297, 420);
    assertThat(poster.text())
        .contains(own.getString("phone"))
        .contains(own.getJsonObject("meldpunt").getString("name"))
        .doesNotContain(other.getString("phone"));

    PrintedPdfs a4 =
        new PrintedPdfs(
            assistent.getBytes("/api/catalogue/" + POSTER + "/download?size=A4&lang=tr").body());
    assertThat(a4.pageSizeMm()).containsExactly(210, 297);
    assertThat(a4.text()).contains(own.getString("phone"));
    assertThat(a4.qrCode(0)).isEqualTo(own.getJsonObject("meldpunt").getString("website"));

    PrintedPdfs forB =
        new PrintedPdfs(
            Api.as("intake-b").getBytes("/api/catalogue/" + POSTER + "/download").body());
    assertThat(forB.text())
        .contains(other.getString("phone"))
        .doesNotContain(own.getString("phone"));
  }

  @Test
  void everyItemDownloadsWithTheMeldpunt() {
    Api assistent = Api.as("assistent");
    String phone = assistent.get("/api/me").json().getJsonObject("gemeente").getString("phone");

    PrintedPdfs leaflet =
        new PrintedPdfs(
            assistent.getBytes("/api/catalogue/folder-meldpunt/download?lang=pl").body());
    assertThat(leaflet.pages()).isEqualTo(2);
    assertThat(leaflet.pageSizeMm()).containsExactly(148, 210);
    assertThat(leaflet.text()).contains(phone);

    HttpResponse<byte[]> html =
        assistent.getBytes("/api/catalogue/scherm-animatie/download?format=html");
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(new String(html.body(), StandardCharsets.UTF_8))
        .contains(phone)
        .contains("<main")
        .doesNotContain("<script");

    assertThat(
            new PrintedPdfs(assistent.getBytes("/api/catalogue/praatplaat/download").body()).text())
        .contains(phone);
    PrintedPdfs cards =
        new PrintedPdfs(
            assistent.getBytes("/api/catalogue/verwijskaarten/download?lang=en").body());
    assertThat(cards.pages()).as("five sheets, front and back").isEqualTo(10);
    assertThat(cards.text()).contains(phone);
  }

  @Test
  void downloadsAreCounted() {
    Api poh = Api.as("poh");
    long before =
        find(poh.get("/api/catalogue").array(), POSTER).getJsonNumber("downloads").longValue();
    poh.getBytes("/api/catalogue/" + POSTER + "/download?size=A4");
    poh.getBytes("/api/catalogue/" + POSTER + "/download?size=A3&lang=en");
    long after = poh.get("/api/catalogue/" + POSTER).json().getJsonNumber("downloads").longValue();
    assertThat(after).isGreaterThanOrEqualTo(before + 2);
  }

  @Test
  void badDownloadsAreRefusedNamingTheField() {
    Api assistent = Api.as("assistent");
    assertThat(assistent.get("/api/catalogue/bestaat-niet/download").status()).isEqualTo(404);
    assertThat(assistent.get("/api/catalogue/..%2F..%2Fetc/download").status()).isIn(400, 404);
    assertThat(field(assistent.get("/api/catalogue/" + POSTER + "/download?lang=xx")))
        .isEqualTo("lang");
    assertThat(field(assistent.get("/api/catalogue/" + POSTER + "/download?size=A5")))
        .isEqualTo("size");
    assertThat(field(assistent.get("/api/catalogue/" + POSTER + "/download?format=docx")))
        .isEqualTo("format");
    assertThat(field(Api.as("coordinator").get("/api/catalogue/verwijskaarten/download")))
        .isEqualTo("id");
    assertThat(field(Api.as("beheer").get("/api/catalogue/" + POSTER + "/download")))
        .isEqualTo("gemeenteId");
    long other = Api.as("intake-b").get("/api/me").json().getJsonObject("gemeente").getInt("id");
    assertThat(
            Api.as("coordinator")
                .get("/api/catalogue/" + POSTER + "/download?gemeenteId=" + other)
                .status())
        .isEqualTo(403);
  }

  @Test
  void previewIsAnSvgPicture() {
    Api.Reply preview = Api.as("coordinator").get("/api/catalogue/" + POSTER + "/preview");
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(preview.body()).contains("<svg").doesNotContain("<script");
    for (String id :
        List.of("scherm-animatie", "folder-meldpunt", "praatplaat", "verwijskaarten")) {
      assertThat(Api.as("coordinator").get("/api/catalogue/" + id + "/preview").status())
          .as(id)
          .isEqualTo(200);
    }
  }

  @Test
  void screenPlaysWithoutLoginOnlyBehindTheCurrentToken() {
    String phone =
        Api.as("assistent").get("/api/me").json().getJsonObject("gemeente").getString("phone");
    String url = Api.as("assistent").get("/api/screen").json().getString("url");
    assertThat(url).matches(".*/scherm/[0-9a-z]{26}");
    String path = url.substring(url.indexOf("/scherm/"));

    Api.Reply screen = Api.anonymous().getText(path);
    assertThat(screen.status()).isEqualTo(200);
    assertThat(screen.header("Content-Type")).startsWith("text/html");
    assertThat(screen.body()).contains(phone).contains("data-scene");
    assertThat(screen.header("Content-Security-Policy"))
        .as("a narrowcasting player may show the page in a frame; nothing else is loaded")
        .contains("frame-ancestors *")
        .contains("default-src 'none'");
    assertThat(Api.anonymous().getText(path + "?lang=en").body()).contains("lang=\"en\"");
    assertThat(Api.anonymous().getText("/scherm/" + "0".repeat(26)).status()).isEqualTo(404);
    assertThat(Api.anonymous().getText("/scherm/geen-token").status()).isEqualTo(404);
    assertThat(Api.anonymous().getText("/scherm/").status()).isEqualTo(404);

    assertThat(Api.as("assistent").post("/api/screen/renew", null).status()).isEqualTo(403);
    String renewed =
        Api.as("praktijkmanager").post("/api/screen/renew", null).json().getString("url");
    assertThat(renewed).isNotEqualTo(url);
    assertThat(Api.anonymous().getText(path).status()).isEqualTo(404);
    assertThat(Api.anonymous().getText(renewed.substring(renewed.indexOf("/scherm/"))).status())
        .isEqualTo(200);
    assertThat(Api.as("coordinator").get("/api/screen").status()).isEqualTo(403);
  }

  private static JsonObject find(JsonArray items, String id) {
    return items.getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String field(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
  }
}

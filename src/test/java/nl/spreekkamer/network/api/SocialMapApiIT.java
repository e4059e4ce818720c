package nl.spreekkamer.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.NewGemeente;
import nl.spreekkamer.testing.Pages;
import nl.spreekkamer.testing.PrintedPdfs;
import org.junit.jupiter.api.Test;

/**
 * The social map over HTTP: practice staff and gemeente staff read their own gemeente's map, the
 * coordinator keeps it, bad input is refused at the field, other gemeenten see nothing, and the
 * desk sheet is one A4 page that holds the places' names.
 */
class SocialMapApiIT {
  private static long lindewaard() {
    return Api.as("assistent").get("/api/me").json().getJsonObject("gemeente").getInt("id");
  }

  private static List<String> names(JsonObject map) {
    return map.getJsonArray("places").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("name"))
        .toList();
  }

  @Test
  void theDemoMapIsReadByPracticeAndGemeenteStaffOfItsGemeenteOnly() {
    long id = lindewaard();
    String path = "/api/gemeenten/" + id + "/sociale-kaart";
    JsonObject map = Api.as("assistent").get(path).json();
    assertThat(map.getString("meldpunt")).isEqualTo("Meldpunt Geldzorgen Lindewaard");
    assertThat(names(map)).hasSizeGreaterThanOrEqualTo(8).contains("Voedselbank Lindewaard");
    assertThat(Api.as("intake").get(path).status()).isEqualTo(200);
    assertThat(Api.as("intake-b").get(path).status()).as("another gemeente").isEqualTo(404);
    assertThat(Api.as("praktijkmanager-b").get(path).status()).isEqualTo(404);
    assertThat(Api.as("redactie").get(path).status()).isEqualTo(403);
    assertThat(Api.anonymous().get(path).status()).isEqualTo(401);

    JsonArray food =
        Api.as("assistent").get(path + "?kind=food_bank").json().getJsonArray("places");
    assertThat(food.getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getString("kind")).isEqualTo("FOOD_BANK"));
    assertThat(names(Api.as("assistent").get(path + "?q=arabisch").json()))
        .contains("Formulierenbrigade Lindewaard")
        .doesNotContain("Voedselbank Lindewaard");
    Api.Reply badKind = Api.as("assistent").get(path + "?kind=PIZZA");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("kind");
    assertThat(Api.as("assistent").get(path + "?format=xml").status()).isEqualTo(400);
  }

  @Test
  void theCoordinatorAddsChangesHidesAndOrdersPlaces() {
    NewGemeente g = NewGemeente.create();
    String path = "/api/gemeenten/" + g.id() + "/sociale-kaart";
    assertThat(names(g.assistant().get(path).json())).isEmpty();

    Api.Reply refused =
        g.coordinator()
            .post(
                path,
                "{\"kind\":\"FOOD_BANK\",\"name\":\"\",\"phone\":\"bel maar\",\"website\":\"voedselbank\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(
            refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")))
        .contains("name", "phone", "website");
    Api.Reply unreachable =
        g.coordinator().post(path, "{\"kind\":\"WALK_IN\",\"name\":\"Inloop zonder adres\"}");
    assertThat(unreachable.status()).isEqualTo(400);
    assertThat(unreachable.body()).contains("hoe bereikt iemand");

    Api.Reply food =
        g.coordinator()
            .post(
                path,
                """
                {"kind":"FOOD_BANK","name":"Voedselbank Kitdorp","forWhom":"Wie niet rondkomt",
                 "address":"Dorpsstraat 9","phone":"0580 11 22 33","openingHours":"Vrijdag 13-16 uur",
                 "languages":"Nederlands, Arabisch"}
                """);
    assertThat(food.status()).as(food.body()).isEqualTo(201);
    assertThat(food.header("Location")).endsWith(path + "/" + food.json().getInt("id"));
    JsonObject forms =
        g.coordinator()
            .post(
                path,
                "{\"kind\":\"FORM_HELP\",\"name\":\"Formulierenhulp Kitdorp\","
                    + "\"website\":\"https://formulieren.kitdorp.example\"}")
            .json();
    assertThat(names(g.assistant().get(path).json()))
        .containsExactly("Voedselbank Kitdorp", "Formulierenhulp Kitdorp");

    Api.Reply moved =
        g.coordinator().post(path + "/" + forms.getInt("id") + "/move", "{\"by\":-1}");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(names(g.assistant().get(path).json()))
        .containsExactly("Formulierenhulp Kitdorp", "Voedselbank Kitdorp");
    assertThat(
            g.coordinator().post(path + "/" + forms.getInt("id") + "/move", "{\"by\":5}").status())
        .isEqualTo(400);

    JsonObject current =
        g
            .coordinator()
            .get(path)
            .json()
            .getJsonArray("places")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("name").equals("Voedselbank Kitdorp"))
            .findFirst()
            .orElseThrow();
    Api.Reply hidden =
        g.coordinator()
            .put(
                path + "/" + current.getInt("id"),
                """
                {"kind":"FOOD_BANK","name":"Voedselbank Kitdorp","address":"Dorpsstraat 9",
                 "phone":"0580 11 22 33","hidden":true,"version":%d}
                """
                    .formatted(current.getInt("version")));
    assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
    assertThat(hidden.json().getBoolean("hidden")).isTrue();
    assertThat(names(g.assistant().get(path).json())).containsExactly("Formulierenhulp Kitdorp");
    assertThat(names(g.coordinator().get(path).json())).hasSize(2);
    Api.Reply stale =
        g.coordinator()
            .put(
                path + "/" + current.getInt("id"),
                "{\"kind\":\"FOOD_BANK\",\"name\":\"Oud\",\"phone\":\"0580 11 22 33\",\"version\":"
                    + current.getInt("version")
                    + "}");
    assertThat(stale.status()).isEqualTo(409);
    Api.Reply checked =
        g.coordinator()
            .post(
                path + "/" + current.getInt("id") + "/checked",
                "{\"version\":" + hidden.json().getInt("version") + "}");
    assertThat(checked.status()).isEqualTo(200);
    assertThat(checked.json().getBoolean("stale")).isFalse();

    assertThat(
            g.intake()
                .post(path, "{\"kind\":\"OTHER\",\"name\":\"X\",\"phone\":\"0580 11 22 33\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as("coordinator")
                .post(path, "{\"kind\":\"OTHER\",\"name\":\"X\",\"phone\":\"0580 11 22 33\"}")
                .status())
        .as("the coordinator of another gemeente")
        .isEqualTo(404);
  }

  @Test
  void theDeskSheetIsOneA4PageWithThePlacesAndThePublicPageShowsThem() {
    long id = lindewaard();
    HttpResponse<byte[]> pdf =
        Api.as("assistent").getBytes("/api/gemeenten/" + id + "/sociale-kaart?format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    PrintedPdfs sheet = new PrintedPdfs(pdf.body());
    assertThat(sheet.pages()).isEqualTo(1);
    assertThat(sheet.pageSizeMm()).containsExactly(210, 297);
    String text = sheet.text().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("Hulp bij geldzorgen in Lindewaard")
        .contains("0571 23 45 67")
        .contains("Voedselbank Lindewaard")
        .contains("Formulierenbrigade Lindewaard");
    sheet.savePage(0, Path.of("target", "screenshots", "desk-sheet.png"));

    HttpResponse<String> page = Pages.anonymous().get("/sociale-kaart.xhtml?gemeente=" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Voedselbank Lindewaard").contains("Hulp in Lindewaard");
    assertThat(page.headers().allValues("Set-Cookie"))
        .as("a public page starts no session")
        .noneMatch(c -> c.startsWith("SPREEKKAMER_SESSION"));
    assertThat(Pages.anonymous().get("/sociale-kaart.xhtml?gemeente=987654").statusCode())
        .isEqualTo(404);
  }
}

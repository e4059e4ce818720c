package nl.spreekkamer.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import nl.spreekkamer.testing.Api;
import org.junit.jupiter.api.Test;

/** Bad input gets a JSON problem with the right status and a clear message, never a 500. */
class ProblemResponsesIT {
  private final Api beheer = Api.as("beheer");

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail"))
        .isNotBlank()
        .doesNotContain("Exception")
        .doesNotContain("at nl.");
  }

  @Test
  void anInvalidBigNumberNamesTheFieldInDutch() {
    Api.Reply fresh = Api.as("huisarts").get("/api/me");
    long version = fresh.json().getJsonNumber("version").longValue();
    Api.Reply invalid =
        Api.as("huisarts")
            .put(
                "/api/me",
                "{\"displayName\":\"Mirjam Kooistra\",\"email\":\"huisarts@demo.spreekkamer.example\",\"bigNumber\":\"12345678801\",\"version\":%d}"
                    .formatted(version));
    assertProblem(invalid, 400);
    JsonObject error = invalid.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("bigNumber");
    assertThat(error.getString("message")).contains("elfproef");
  }

  @Test
  void messagesFollowTheRequestedLanguage() {
    assertThat(Api.anonymous().get("/api/me").json().getString("title")).isEqualTo("Niet ingelogd");
    assertThat(
            Api.anonymous().inLanguage("en-GB,en;q=0.8").get("/api/me").json().getString("title"))
        .isEqualTo("Not logged in");
    assertThat(
            Api.as("beheer")
                .inLanguage("en")
                .get("/api/gemeenten/424242")
                .json()
                .getString("detail"))
        .contains("424242")
        .doesNotContain("bestaat niet");
  }

  @Test
  void unreadableJsonIsA400() {
    assertProblem(beheer.post("/api/gemeenten", "{\"name\": "), 400);
    assertProblem(beheer.post("/api/gemeenten", "[1,2,3]"), 400);
    assertProblem(beheer.post("/api/gemeenten", null), 400);
  }

  @Test
  void invalidFieldsAreA400WithTheField() {
    Api.Reply reply =
        beheer.post(
            "/api/praktijken",
            "{\"name\":\"Praktijk X\",\"agbCode\":\"123\",\"street\":\"Dorpsstraat 1\",\"postcode\":\"1234AB\",\"city\":\"X\",\"gemeenteId\":1,\"feedbackEmail\":\"x@x.example\"}");
    assertProblem(reply, 400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("agbCode");
  }

  @Test
  void everyRefusedFieldOfAPracticeOrGemeenteIsReportedAtOnce() {
    Api.Reply practice =
        beheer.post(
            "/api/praktijken",
            "{\"name\":\" \",\"agbCode\":\"123\",\"street\":\"Dorpsstraat 1\",\"postcode\":\"12345\","
                + "\"city\":\"X\",\"gemeenteId\":1,\"feedbackEmail\":\"geen-adres\"}");
    assertProblem(practice, 400);
    assertThat(fields(practice))
        .containsExactlyInAnyOrder("name", "feedbackEmail", "agbCode", "postcode");

    Api.Reply gemeente =
        beheer.post(
            "/api/gemeenten",
            gemeenteJson("Foutdorp", "GM12", null)
                .replace("0570 11 22 33", "bel ons")
                .replace("meldpunt@foutdorp.example", "meldpunt")
                .replace("7400 AB", "7400"));
    assertProblem(gemeente, 400);
    assertThat(fields(gemeente))
        .containsExactlyInAnyOrder("cbsCode", "meldpuntPhone", "meldpuntEmail", "postcode");
  }

  private static java.util.List<String> fields(Api.Reply reply) {
    return reply.json().getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void unknownThingsAreA404() {
    assertProblem(beheer.get("/api/gemeenten/999999"), 404);
    assertProblem(beheer.get("/api/gemeenten/geen-getal"), 404);
    assertProblem(beheer.get("/api/bestaat-niet"), 404);
  }

  @Test
  void aDuplicateOrAStaleVersionIsA409() {
    JsonObject lindewaard = beheer.get("/api/gemeenten").array().getJsonObject(0);
    Api.Reply duplicate =
        beheer.post(
            "/api/gemeenten", gemeenteJson("Dubbel", lindewaard.getString("cbsCode"), null));
    assertProblem(duplicate, 409);
    assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("cbsCode");

    long id = lindewaard.getJsonNumber("id").longValue();
    long stale = lindewaard.getJsonNumber("version").longValue() - 1;
    Api.Reply conflict =
        beheer.put(
            "/api/gemeenten/" + id,
            gemeenteJson("Lindewaard", lindewaard.getString("cbsCode"), stale));
    assertProblem(conflict, 409);
  }

  @Test
  void aTooLargeBodyIsA413() {
    String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
    assertProblem(beheer.post("/api/gemeenten", huge), 413);
  }

  @Test
  void aWrongMethodOrMediaTypeIsNotA500() {
    assertProblem(beheer.delete("/api/me"), 405);
  }

  static String gemeenteJson(String name, String cbs, Long version) {
    return """
        {"name":"%s","cbsCode":"%s",
         "meldpunt":{"name":"Meldpunt %s","phone":"0570 11 22 33","email":"meldpunt@%s.example",
                     "street":"Raadhuisplein 1","postcode":"7400 AB","city":"%s",
                     "openingHours":"Werkdagen 9-17 uur","website":"https://www.%s.example"},
         "locations":[{"type":"PRAKTIJK","description":"In de praktijk"}],
         "urgentWorkingDays":3,"regularWorkingDays":20%s}
        """
        .formatted(
            name,
            cbs,
            name,
            name.toLowerCase(),
            name,
            name.toLowerCase(),
            version == null ? "" : ",\"version\":" + version);
  }
}

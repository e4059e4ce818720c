package nl.spreekkamer.learning.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.spreekkamer.platform.ClockProducer;
import nl.spreekkamer.testing.Api;
import nl.spreekkamer.testing.PrintedPdfs;
import nl.spreekkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * A practice nurse takes module 1 through the API: lessons, a failed test, a passed retake, the
 * certificate with its BIG number and code, the accreditation record and the registry export.
 */
class LearningApiIT {
  static final String MODULE = "geldzorgen-spreekkamer";
  static final String BIG = "92279180530";
  private final ModuleAnswers answers = new ModuleAnswers(MODULE);

  @Test
  void pohCompletesModuleOneEndToEnd() {
    String register = "NVVPO-" + (System.nanoTime() % 1_000_000);
    TestAccounts.Created created =
        TestAccounts.createPracticeMember(
            "POH",
            "\"bigNumber\":\"%s\",\"registerNumber\":\"%s\",\"peRegister\":\"NVVPO\""
                .formatted(BIG, register));
    Api manager = Api.as("praktijkmanager");
    Api poh = Api.as(created.username(), created.password());
    assertThat(poh.get("/api/me").json().getString("peRegister")).isEqualTo("NVVPO");

    JsonObject listed = find(poh.get("/api/modules").array(), MODULE);
    assertThat(listed.getString("status")).isEqualTo("NOT_STARTED");
    assertThat(listed.getInt("lessonCount")).isGreaterThanOrEqualTo(5);
    assertThat(listed.getInt("questionCount")).isGreaterThanOrEqualTo(12);

    JsonObject module = poh.get("/api/modules/" + MODULE).json();
    List<String> lessons =
        module.getJsonArray("lessons").stream().map(l -> l.asJsonObject().getString("id")).toList();
    for (String lesson : lessons.subList(0, lessons.size() - 1)) {
      assertThat(poh.get("/api/modules/" + MODULE + "/lessons/" + lesson).json().getString("html"))
          .contains("<p>");
      assertThat(progress(poh, lesson, 120).status()).isEqualTo(200);
    }
    String last = lessons.get(lessons.size() - 1);
    JsonObject opened =
        poh.post("/api/modules/" + MODULE + "/lessons/" + last + "/open", "").json();
    assertThat(opened.getString("resumeLessonId"))
        .as("the lesson that was open, though not read yet")
        .isEqualTo(last);
    assertThat(poh.post("/api/modules/" + MODULE + "/lessons/bestaat-niet/open", "").status())
        .isEqualTo(404);
    JsonObject midway = find(poh.get("/api/modules").array(), MODULE);
    assertThat(midway.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(midway.getInt("progress"))
        .isEqualTo((lessons.size() - 1) * 100 / (lessons.size() + 1));

    // First attempt: every answer wrong, so it fails.
    JsonObject attempt = poh.post("/api/modules/" + MODULE + "/attempts", "{}").json();
    long attemptId = attempt.getJsonNumber("id").longValue();
    List<String> order = ids(attempt.getJsonArray("questions"));
    assertThat(order).hasSize(answers.count());
    for (String q : order) {
      JsonObject feedback = answer(poh, attemptId, q, answers.wrong(q)).json();
      assertThat(feedback.getBoolean("right")).isFalse();
      assertThat(feedback.getJsonArray("options").getJsonObject(0).getString("feedback"))
          .isNotBlank();
    }
    JsonObject failed = poh.post(attemptPath(attemptId) + "/submit", "{}").json();
    assertThat(failed.getBoolean("passed")).isFalse();
    assertThat(failed.getInt("score")).isZero();
    assertThat(failed.getBoolean("moduleCompleted")).isFalse();

    // Retake: the questions come in another order (shuffled) and all answers are right.
    JsonObject retake = poh.post("/api/modules/" + MODULE + "/attempts", "{}").json();
    long retakeId = retake.getJsonNumber("id").longValue();
    assertThat(retakeId).isNotEqualTo(attemptId);
    for (String q : ids(retake.getJsonArray("questions"))) {
      assertThat(answer(poh, retakeId, q, answers.right(q)).json().getBoolean("right")).isTrue();
    }
    JsonObject passed = poh.post(attemptPath(retakeId) + "/submit", "{}").json();
    assertThat(passed.getBoolean("passed")).isTrue();
    assertThat(passed.getInt("score")).isEqualTo(100);
    assertThat(passed.getBoolean("moduleCompleted")).as("one lesson still unseen").isFalse();
    assertThat(passed.getInt("lessonsToGo")).isEqualTo(1);
    assertThat(poh.get("/api/certificates").array()).isEmpty();

    // The last lesson completes the module.
    progress(poh, lessons.get(lessons.size() - 1), 90);
    JsonObject done = find(poh.get("/api/modules").array(), MODULE);
    assertThat(done.getString("status")).isEqualTo("COMPLETED");
    assertThat(done.getString("completedVersion"))
        .isEqualTo(module.getJsonObject("module").getString("version"));
    assertThat(done.getString("expiresOn"))
        .isEqualTo(LocalDate.parse(done.getString("completedOn")).plusMonths(24).toString());

    JsonArray certificates = poh.get("/api/certificates").array();
    assertThat(certificates).hasSize(1);
    JsonObject certificate = certificates.getJsonObject(0);
    String code = certificate.getString("code");
    assertThat(code).matches("SK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    JsonObject points =
        certificate.getJsonArray("points").stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("registry").equals("NVVPO"))
            .findFirst()
            .orElseThrow();
    assertThat(points.getString("status")).isEqualTo("EARNED");
    assertThat(points.getString("registrationNumber")).isEqualTo(register);
    assertThat(
            certificate.getJsonArray("points").stream()
                .map(p -> p.asJsonObject().getString("registry")))
        .as("a POH earns no GP points")
        .doesNotContain("ABC1");

    HttpResponse<byte[]> pdf = poh.getBytes("/api/certificates/" + code + "/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    PrintedPdfs printed = new PrintedPdfs(pdf.body());
    assertThat(printed.text())
        .contains(BIG)
        .contains(code)
        .contains(created.username())
        .contains(register);
    assertThat(printed.qrCode(0)).endsWith("/verify/" + code);

    // Public verification, and the manager of the practice may read the certificate.
    Api.Reply verification = Api.as("intake").get("/api/certificates/" + code + "/verification");
    assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
    assertThat(verification.json().getBoolean("valid")).isTrue();
    assertThat(Api.anonymous().getText("/verify/" + code).body()).contains(code);
    assertThat(Api.anonymous().getText("/verify/SK-0000-0000-0000").status()).isEqualTo(404);
    assertThat(manager.get("/api/certificates/" + code).status()).isEqualTo(200);
    assertThat(Api.as("praktijkmanager-b").get("/api/certificates/" + code).status())
        .isEqualTo(404);

    // The team overview counts the points; the export reports them once.
    JsonObject row =
        manager.get("/api/praktijken/" + created.praktijkId() + "/training").array().stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("accountId").longValue() == created.id())
            .findFirst()
            .orElseThrow();
    assertThat(row.getJsonNumber("pointsThisYear").doubleValue()).isGreaterThanOrEqualTo(1.0);
    String name = row.getString("name");
    String sheet =
        manager.getText("/api/praktijken/" + created.praktijkId() + "/training/csv").body();
    String line = sheet.lines().filter(l -> l.startsWith(name + ";")).findFirst().orElseThrow();
    String completedOn =
        LocalDate.parse(done.getString("completedOn"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertThat(line)
        .as("the sheet reads in a Dutch spreadsheet: semicolons, Dutch dates, words and numbers")
        .contains(";Afgerond;" + completedOn + ";")
        .matches(".*;\\d+,\\d+$");
    assertThat(sheet).startsWith("\uFEFFnaam;rollen;module;status");
    assertThat(
            Api.as("praktijkmanager-b")
                .get("/api/praktijken/" + created.praktijkId() + "/training")
                .status())
        .as("another practice's manager")
        .isEqualTo(403);
    assertThat(Api.as("poh").get("/api/praktijken/" + created.praktijkId() + "/training").status())
        .isEqualTo(403);
    String today = LocalDate.now(ClockProducer.ZONE).toString();
    String exportPath = "/api/accreditation/export?registry=NVVPO&from=" + today + "&to=" + today;
    assertThat(Api.as("beheer").getText(exportPath).status())
        .as("the export marks records: never a GET")
        .isEqualTo(405);
    Api.Reply export = Api.as("beheer").postText(exportPath);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body().lines().findFirst().orElseThrow())
        .isEqualTo("registratienummer,naam,activiteit_id,datum,punten,module");
    assertThat(export.body()).contains(register + ",");
    Api.Reply again = Api.as("beheer").postText(exportPath);
    assertThat(again.body()).doesNotContain(register);
    assertThat(
            poh.get("/api/certificates").array().getJsonObject(0).getJsonArray("points").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("registry").equals("NVVPO"))
                .map(p -> p.getString("status"))
                .collect(Collectors.toList()))
        .containsExactly("REPORTED");

    // The learning records as xAPI statements, in the cmi5 order.
    List<String> verbs =
        poh.get("/api/xapi/statements/mine").array().stream()
            .map(s -> s.asJsonObject().getJsonObject("verb").getString("id"))
            .map(id -> id.substring(id.lastIndexOf('/') + 1))
            .distinct()
            .toList();
    assertThat(verbs).containsExactly("initialized", "progressed", "failed", "passed", "completed");
  }

  @Test
  void assistantCannotOpenTheModuleForDoctorsAndNurses() {
    Api assistent = Api.as("assistent");
    assertThat(ids(assistent.get("/api/modules").array())).doesNotContain(MODULE);
    assertThat(assistent.get("/api/modules/" + MODULE).status()).isEqualTo(404);
    assertThat(assistent.get("/api/modules/" + MODULE + "/lessons/signalen").status())
        .isEqualTo(404);
    assertThat(assistent.post("/api/modules/" + MODULE + "/attempts", "{}").status())
        .isEqualTo(404);
  }

  @Test
  void lessonImagesComeFromTheModulesMediaForItsLearnersOnly() {
    String html =
        Api.as("poh")
            .get("/api/modules/" + MODULE + "/lessons/warm-verwijzen")
            .json()
            .getString("html");
    assertThat(html)
        .contains("src=\"/api/modules/" + MODULE + "/media/vijf-vormen.svg\"")
        .contains("alt=\"");
    HttpResponse<byte[]> image =
        Api.as("poh").getBytes("/api/modules/" + MODULE + "/media/vijf-vormen.svg");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("image/svg+xml");
    assertThat(
            Api.as("assistent")
                .getBytes("/api/modules/" + MODULE + "/media/vijf-vormen.svg")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            Api.as("poh")
                .getBytes("/api/modules/" + MODULE + "/media/..%2Fmodule.yaml")
                .statusCode())
        .isIn(400, 404);
    assertThat(
            Api.as("poh")
                .getBytes("/api/modules/" + MODULE + "/media/bestaat-niet.png")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void learningRecordsForALearningRecordStoreAreForBeheerOnly() {
    String today = LocalDate.now(ClockProducer.ZONE).toString();
    Api.Reply all = Api.as("beheer").get("/api/xapi/statements?from=" + today + "&to=" + today);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body()).startsWith("[");
    assertThat(
            Api.as("praktijkmanager")
                .get("/api/xapi/statements?from=" + today + "&to=" + today)
                .status())
        .isEqualTo(403);
    assertThat(
            Api.as("beheer").get("/api/xapi/statements?from=" + today + "&to=2020-01-01").status())
        .isEqualTo(400);
    assertThat(Api.as("beheer").get("/api/xapi/statements?from=gisteren&to=" + today).status())
        .isEqualTo(400);
  }

  @Test
  void badInputGivesProblems() {
    TestAccounts.Created created = TestAccounts.createPracticeMember("HUISARTS");
    Api gp = Api.as(created.username(), created.password());
    assertThat(gp.get("/api/modules/" + MODULE + "/lessons/bestaat-niet").status()).isEqualTo(404);
    assertThat(progress(gp, "bestaat-niet", 10).status()).isEqualTo(404);
    Api.Reply tooLong = progress(gp, "signalen", 99999);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("seconds");
    assertThat(
            gp.post(
                    "/api/modules/" + MODULE + "/lessons/signalen/progress",
                    "{\"seconds\":\"veel\"}")
                .status())
        .isEqualTo(400);
    Api.Reply huge =
        gp.post(
            "/api/modules/" + MODULE + "/lessons/signalen/progress", "{\"seconds\":99999999999}");
    assertThat(huge.status()).as(huge.body()).isEqualTo(400);
    assertThat(
            gp.post("/api/modules/" + MODULE + "/lessons/signalen/progress", "{\"seconds\":1e400}")
                .status())
        .isEqualTo(400);

    long attemptId =
        gp.post("/api/modules/" + MODULE + "/attempts", "{}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String first = ids(gp.get(attemptPath(attemptId)).json().getJsonArray("questions")).get(0);
    assertThat(answer(gp, attemptId, "bestaat-niet", List.of("a")).status()).isEqualTo(404);
    assertThat(answer(gp, attemptId, first, List.of("z")).status()).isEqualTo(400);
    assertThat(
            gp.post(
                    attemptPath(attemptId) + "/answers",
                    "{\"questionId\":\"" + first + "\",\"options\":\"a\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            gp.post(
                    attemptPath(attemptId) + "/answers",
                    "{\"questionId\":\"" + first + "\",\"options\":[]}")
                .status())
        .isEqualTo(400);
    assertThat(gp.post(attemptPath(attemptId) + "/submit", "{}").status())
        .as("unanswered questions")
        .isEqualTo(400);
    assertThat(answer(gp, attemptId, first, answers.right(first)).status()).isEqualTo(200);
    assertThat(answer(gp, attemptId, first, answers.right(first)).status())
        .as("answered twice")
        .isEqualTo(409);
    assertThat(Api.as("poh").get(attemptPath(attemptId)).status())
        .as("someone else's attempt")
        .isEqualTo(404);
    assertThat(gp.get(attemptPath(987654321L)).status()).isEqualTo(404);
    assertThat(Api.anonymous().get("/api/modules").status()).isEqualTo(401);
  }

  private static Api.Reply progress(Api api, String lesson, int seconds) {
    return api.post(
        "/api/modules/" + MODULE + "/lessons/" + lesson + "/progress",
        "{\"seconds\":" + seconds + "}");
  }

  private static Api.Reply answer(
      Api api, long attemptId, String questionId, List<String> options) {
    String keys = options.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(","));
    return api.post(
        attemptPath(attemptId) + "/answers",
        "{\"questionId\":\"" + questionId + "\",\"options\":[" + keys + "]}");
  }

  private static String attemptPath(long attemptId) {
    return "/api/modules/" + MODULE + "/attempts/" + attemptId;
  }

  private static JsonObject find(JsonArray modules, String id) {
    return modules.stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> ids(JsonArray array) {
    return array.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }
}

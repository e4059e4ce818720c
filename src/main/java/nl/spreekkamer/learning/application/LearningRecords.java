package nl.spreekkamer.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.spreekkamer.learning.domain.Enrolment;
import nl.spreekkamer.learning.domain.LearningStatement;
import nl.spreekkamer.learning.domain.LearningStatementRepository;
import nl.spreekkamer.learning.domain.Lesson;
import nl.spreekkamer.learning.domain.Module;
import nl.spreekkamer.learning.domain.TestAttempt;

/**
 * Writes the learning records as xAPI 1.0.3 statements in the cmi5 pattern: initialized, progressed
 * per lesson, passed or failed per test, completed once. Activity ids and the actor's home page are
 * fixed IRIs, so records stay the same whatever address the platform runs on.
 */
@ApplicationScoped
public class LearningRecords {
  static final String HOME_PAGE = "https://spreekkamer.nl";
  static final String ACTIVITIES = HOME_PAGE + "/xapi/activities/";
  private static final String ADL = "http://adlnet.gov/expapi/verbs/";
  private static final String CMI5 = "https://w3id.org/xapi/cmi5/";

  @Inject LearningStatementRepository statements;
  @Inject Clock clock;

  public void initialized(Enrolment enrolment, Module module) {
    store(enrolment, "initialized", moduleActivity(module), null, true, false);
  }

  public void progressed(Enrolment enrolment, Module module, Lesson lesson, int percent) {
    JsonObject result =
        Json.createObjectBuilder()
            .add(
                "extensions",
                Json.createObjectBuilder().add(CMI5 + "result/extensions/progress", percent))
            .build();
    JsonObject lessonActivity =
        activity(
            "module/" + module.id() + "/lesson/" + lesson.id(),
            lesson.title(),
            "http://adlnet.gov/expapi/activities/lesson");
    store(enrolment, "progressed", lessonActivity, result, false, false);
  }

  public void scored(Enrolment enrolment, Module module, TestAttempt attempt) {
    int score = attempt.score();
    JsonObject result =
        Json.createObjectBuilder()
            .add(
                "score",
                Json.createObjectBuilder()
                    .add("scaled", score / 100.0)
                    .add("raw", score)
                    .add("min", 0)
                    .add("max", 100))
            .add("success", attempt.isPassed())
            .add("duration", duration(attempt.duration(clock.instant())))
            .build();
    store(
        enrolment,
        attempt.isPassed() ? "passed" : "failed",
        moduleActivity(module),
        result,
        true,
        true);
  }

  public void completed(Enrolment enrolment, Module module) {
    JsonObject result =
        Json.createObjectBuilder()
            .add("completion", true)
            .add("duration", duration(Duration.ofSeconds(enrolment.secondsSpent())))
            .build();
    store(enrolment, "completed", moduleActivity(module), result, true, true);
  }

  private void store(
      Enrolment enrolment,
      String verb,
      JsonObject object,
      JsonObject result,
      boolean cmi5,
      boolean moveOn) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    JsonObjectBuilder categories = Json.createObjectBuilder();
    var category = Json.createArrayBuilder();
    if (cmi5) {
      category.add(Json.createObjectBuilder().add("id", CMI5 + "context/categories/cmi5"));
    }
    if (moveOn) {
      category.add(Json.createObjectBuilder().add("id", CMI5 + "context/categories/moveon"));
    }
    categories.add("category", category);
    JsonObjectBuilder statement =
        Json.createObjectBuilder()
            .add("id", id)
            .add("version", "1.0.3")
            .add("timestamp", now.toString())
            .add(
                "actor",
                Json.createObjectBuilder()
                    .add("objectType", "Agent")
                    .add(
                        "account",
                        Json.createObjectBuilder()
                            .add("homePage", HOME_PAGE)
                            .add("name", "account-" + enrolment.accountId())))
            .add(
                "verb",
                Json.createObjectBuilder()
                    .add("id", ADL + verb)
                    .add("display", Json.createObjectBuilder().add("en-US", verb)))
            .add("object", object)
            .add(
                "context",
                Json.createObjectBuilder()
                    .add("registration", enrolment.registration())
                    .add("contextActivities", categories)
                    .add(
                        "extensions",
                        Json.createObjectBuilder()
                            .add(CMI5 + "context/extensions/sessionid", enrolment.registration())));
    if (result != null) {
      statement.add("result", result);
    }
    statements.add(
        new LearningStatement(
            id,
            enrolment.accountId(),
            enrolment.registration(),
            verb,
            now,
            statement.build().toString()));
  }

  private static JsonObject moduleActivity(Module module) {
    return activity(
        "module/" + module.id(), module.title(), "http://adlnet.gov/expapi/activities/course");
  }

  private static JsonObject activity(String path, String name, String type) {
    return Json.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", ACTIVITIES + path)
        .add(
            "definition",
            Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("nl-NL", name))
                .add("type", type))
        .build();
  }

  /** ISO 8601 duration as xAPI wants it, e.g. PT12M30S. */
  private static String duration(Duration duration) {
    return duration.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}

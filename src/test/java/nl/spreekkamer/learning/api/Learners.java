package nl.spreekkamer.learning.api;

import jakarta.json.JsonObject;
import java.util.stream.Collectors;
import nl.spreekkamer.testing.Api;

/** A learner who goes through a whole module by the API: every lesson, then the test, all right. */
public final class Learners {
  private Learners() {}

  /** Reads every lesson of {@code module} and passes its test; the module is then completed. */
  public static void completeModule(Api learner, String module) {
    ModuleAnswers answers = new ModuleAnswers(module);
    String path = "/api/modules/" + module;
    learner
        .get(path)
        .json()
        .getJsonArray("lessons")
        .forEach(
            lesson ->
                require(
                    learner.post(
                        path + "/lessons/" + lesson.asJsonObject().getString("id") + "/progress",
                        "{\"seconds\":120}")));
    JsonObject attempt = learner.post(path + "/attempts", "{}").json();
    String attemptPath = path + "/attempts/" + attempt.getJsonNumber("id").longValue();
    attempt
        .getJsonArray("questions")
        .forEach(
            q -> {
              String id = q.asJsonObject().getString("id");
              String keys =
                  answers.right(id).stream()
                      .map(k -> "\"" + k + "\"")
                      .collect(Collectors.joining(","));
              require(
                  learner.post(
                      attemptPath + "/answers",
                      "{\"questionId\":\"" + id + "\",\"options\":[" + keys + "]}"));
            });
    if (!learner.post(attemptPath + "/submit", "{}").json().getBoolean("moduleCompleted")) {
      throw new IllegalStateException("The module " + module + " was not completed");
    }
  }

  private static void require(Api.Reply reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("Unexpected answer: " + reply);
    }
  }
}

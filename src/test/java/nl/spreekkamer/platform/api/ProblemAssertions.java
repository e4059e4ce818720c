package nl.spreekkamer.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Pattern;

/** What every refusal by the API looks like: a 4xx problem in JSON that gives nothing away. */
final class ProblemAssertions {
  /** Traces of the implementation that must never reach a client. */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\.java:\\d+|\\bat (java|jakarta|org|com|nl|io)\\.|"
              + "(java|jakarta|org\\.eclipse|org\\.jboss|com\\.ibm|nl\\.spreekkamer)\\.[a-z]+\\.",
          Pattern.CASE_INSENSITIVE);

  private ProblemAssertions() {}

  /**
   * A problem with a status in {@code expected} (any 4xx when null), as application/problem+json
   * (or JSON) with a status, a title and a detail, or under /api/fhir as an OperationOutcome with a
   * text per issue; never a stack trace or class name.
   */
  static JsonObject assertProblem(HttpResponse<String> answer, Set<Integer> expected, String what) {
    int status = answer.statusCode();
    String body = answer.body();
    String context = what + " -> " + status + " " + abbreviate(body);
    assertThat(status).as(context).isBetween(400, 499);
    if (expected != null) {
      assertThat(status).as(context).isIn(expected);
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    assertThat(type).as(context).matches("application/(problem\\+|fhir\\+)?json.*");
    JsonObject problem;
    try (var reader = Json.createReader(new StringReader(body))) {
      problem = reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object: " + context, e);
    }
    assertThat(LEAK.matcher(body).find()).as("implementation details in " + context).isFalse();
    if (type.startsWith("application/fhir+json")) {
      // Under /api/fhir: the same refusal as a FHIR OperationOutcome (decision 0025).
      assertThat(problem.getString("resourceType", "")).as(context).isEqualTo("OperationOutcome");
      assertThat(problem.getJsonArray("issue")).as(context).isNotEmpty();
      problem.getJsonArray("issue").stream()
          .map(issue -> issue.asJsonObject())
          .forEach(
              issue -> {
                assertThat(issue.getString("severity", "")).as(context).isEqualTo("error");
                assertThat(issue.getJsonObject("details").getString("text", ""))
                    .as(context)
                    .isNotBlank();
              });
      return problem;
    }
    assertThat(problem.getInt("status", -1)).as(context).isEqualTo(status);
    assertThat(problem.getString("title", "")).as(context).isNotBlank();
    assertThat(problem.getString("detail", "")).as(context).isNotBlank();
    assertThat(LEAK.matcher(body).find()).as("implementation details in " + context).isFalse();
    return problem;
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 400 ? body : body.substring(0, 400) + "...";
  }
}

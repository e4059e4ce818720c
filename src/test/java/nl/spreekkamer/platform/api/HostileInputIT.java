package nl.spreekkamer.platform.api;

import static nl.spreekkamer.platform.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.spreekkamer.platform.security.EndpointTableIT;
import nl.spreekkamer.testing.ApiOperations;
import nl.spreekkamer.testing.ApiOperations.Operation;
import nl.spreekkamer.testing.Pages;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile input to every operation the server documents at /openapi, sent by a user
 * who may use the operation (see {@link EndpointTableIT}), with the session as the pages use it.
 * Every answer must be a 4xx problem in JSON without a stack trace, never a 5xx; malformed bodies
 * must never get a 2xx.
 *
 * <p>Decisions the cases encode:
 *
 * <ul>
 *   <li>Bodies go to operations with path parameters that name nothing (999999999, bestaat-niet):
 *       the body is read and checked before the thing is looked up, so a malformed body is a 400
 *       and no existing data changes. Operations without path parameters get the body as it is.
 *   <li>Operations that document no request body ignore one; they are covered by the path cases.
 *   <li>Unknown fields are refused (400 naming the field), also inside nested objects.
 *   <li>SQL and script in text fields are ordinary text: a 2xx is fine (the text is stored as typed
 *       and shown escaped, see {@link ScriptInPagesIT}); only a 5xx or a problem that is not JSON
 *       fails.
 *   <li>Where the body is optional ({@link #OPTIONAL_BODY}) an empty body or {@code null} is the
 *       same as {@code {}}.
 * </ul>
 */
class HostileInputIT {
  /** Users tried first when several may use an operation. */
  private static final List<String> PREFERRED =
      List.of(
          "beheer",
          "coordinator",
          "praktijkmanager",
          "intake",
          "assistent",
          "huisarts",
          "poh",
          "redactie");

  /**
   * The fields of bodies that the resources read as a plain JSON object (/openapi shows only
   * "object"). A new such operation fails {@link #everyBodyHasKnownFields()} until it is listed.
   */
  static final Map<String, Map<String, String>> OBJECT_BODIES = new LinkedHashMap<>();

  /** Operations whose body may be left out: {@code ""} and {@code null} mean {@code {}}. */
  static final Set<String> OPTIONAL_BODY =
      Set.of("POST /api/cards", "POST /api/cards/preview", "POST /api/kits/{id}/distribute");

  static {
    String accreditation = "moduleId:string registry:string activityId:string points:number";
    body("POST /api/accreditation/accreditations", accreditation + " validFrom:string");
    body(
        "PUT /api/accreditation/accreditations/{id}",
        "activityId:string points:number validFrom:string validUntil:string version:integer");
    body("POST /api/api-clients", "name:string");
    body("POST /api/password-reset", "username:string");
    body("POST /api/password-reset/confirm", "token:string newPassword:string");
    body("POST /api/kits", "name:string description:string lines:array");
    body("PUT /api/kits/{id}", "version:integer name:string description:string lines:array");
    body("POST /api/kits/{id}/distribute", "praktijkIds:array");
    body("POST /api/modules/{id}/attempts/{attemptId}/answers", "questionId:string options:array");
    body("POST /api/modules/{id}/lessons/{lessonId}/progress", "seconds:integer");
    body("POST /api/referrals/{id}/assign", "accountId:integer version:integer");
    body("POST /api/referrals/{id}/transfer", "gemeenteId:integer note:string version:integer");
    body("POST /api/referrals/{id}/withdraw", "version:integer");
    body("POST /api/restock-requests", "itemId:string variant:string quantity:integer note:string");
    body("POST /api/restock-requests/{id}/decline", "reason:string");
    body("PUT /api/stock/{itemId}/{variant}", "quantity:integer");
    body("POST /api/gemeenten/{id}/sociale-kaart/{placeId}/checked", "version:integer");
    body("POST /api/gemeenten/{id}/sociale-kaart/{placeId}/move", "by:integer");
    body("POST /api/praktijken/{id}/contact/verified", "version:integer");
  }

  /**
   * Removing a favourite is idempotent: 204 also when there is none, and for an opener that is no
   * longer in the content (so a user can still remove it).
   */
  static final Set<String> IDEMPOTENT = Set.of("DELETE /api/openers/{id}/favourite");

  static final String SQL_OR = "' OR '1'='1";
  static final String SQL_DROP = "1; DROP TABLE USER_ACCOUNT--";
  static final String SCRIPT = "<script>alert(1)</script>";

  /** Text values that must never make the server fail, whatever field they land in. */
  static final Map<String, String> HOSTILE_TEXT = new LinkedHashMap<>();

  static {
    HOSTILE_TEXT.put("sql-or", SQL_OR);
    HOSTILE_TEXT.put("sql-drop", SQL_DROP);
    HOSTILE_TEXT.put("script", SCRIPT);
    HOSTILE_TEXT.put("img-onerror", "<img src=x onerror=alert(1)>");
    HOSTILE_TEXT.put("overlong-100k", "x".repeat(100_000));
    HOSTILE_TEXT.put("control-chars", "a\u0000b\u0007c\u001b[31m\u202ed\r\n");
    HOSTILE_TEXT.put("unicode-astral", "\uD83D\uDCB8".repeat(50));
  }

  /** Path parameter values that name nothing, or try to escape. */
  static final Map<String, String> HOSTILE_IDS = new LinkedHashMap<>();

  static {
    HOSTILE_IDS.put("traversal", "..%2F..%2Fetc%2Fpasswd");
    HOSTILE_IDS.put("traversal-plain", "..");
    HOSTILE_IDS.put("nul", "%00");
    HOSTILE_IDS.put("minus-one", "-1");
    HOSTILE_IDS.put("zero", "0");
    HOSTILE_IDS.put("beyond-long", "99999999999999999999");
    HOSTILE_IDS.put("letters", "abc");
    HOSTILE_IDS.put("sql", encode("' OR 1=1--"));
    HOSTILE_IDS.put("script", encode(SCRIPT));
    HOSTILE_IDS.put("long-2000", "9".repeat(2000));
  }

  private static final Map<String, Pages> SESSIONS = new ConcurrentHashMap<>();

  // ---------------------------------------------------------------- cases

  static Stream<Arguments> malformedBodies() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : bodyOperations()) {
      boolean optional = OPTIONAL_BODY.contains(op.key());
      add(cases, op, "null", "null", "application/json", optional ? null : Set.of(400));
      add(cases, op, "empty", "", "application/json", optional ? null : Set.of(400));
      add(cases, op, "number", "42", "application/json", Set.of(400));
      add(cases, op, "string", "\"tekst\"", "application/json", Set.of(400));
      add(cases, op, "boolean", "true", "application/json", Set.of(400));
      add(cases, op, "array", "[{}]", "application/json", Set.of(400));
      add(cases, op, "unterminated", "{\"a\":", "application/json", Set.of(400));
      add(cases, op, "trailing-garbage", "{}}", "application/json", Set.of(400));
      add(cases, op, "single-quotes", "{'a':1}", "application/json", Set.of(400));
      add(cases, op, "raw-nul", "{\"a\":\"x\u0000y\"}", "application/json", Set.of(400));
      add(
          cases,
          op,
          "nested-arrays-10000",
          "[".repeat(10_000) + "]".repeat(10_000),
          "application/json",
          Set.of(400));
      add(
          cases,
          op,
          "nested-objects-10000",
          "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
          "application/json",
          Set.of(400));
      add(
          cases,
          op,
          "huge-300k",
          "{\"a\":\"" + "x".repeat(300 * 1024) + "\"}",
          "application/json",
          Set.of(413));
      add(cases, op, "unknown-field", "{\"hostileUnknownField\":1}", "application/json", null);
      // Sent with a session cookie, as every case here: a body that is not JSON is what a
      // cross-site form would post, refused before the resource (CrossSiteRequestFilter).
      add(cases, op, "text-plain", "{}", "text/plain", Set.of(403));
      add(cases, op, "xml", "<?xml version=\"1.0\"?><a>1</a>", "application/xml", Set.of(403));
      add(cases, op, "no-content-type", "{}", null, null);
    }
    return cases.stream();
  }

  static Stream<Arguments> wrongTypes() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : bodyOperations()) {
      fields(op)
          .forEach(
              (field, type) -> {
                String wrong =
                    switch (type) {
                      case "string" -> "{\"nested\":true}";
                      case "integer", "number" -> "\"twaalf\"";
                      case "boolean" -> "\"misschien\"";
                      case "array" -> "{\"a\":1}";
                      default -> "[1,2]";
                    };
                add(
                    cases,
                    op,
                    "wrong-type " + field + "=" + wrong,
                    "{\"" + field + "\":" + wrong + "}",
                    "application/json",
                    Set.of(400));
                if (type.equals("integer")) {
                  add(
                      cases,
                      op,
                      "beyond-long " + field,
                      "{\"" + field + "\":99999999999999999999999}",
                      "application/json",
                      Set.of(400, 404));
                  add(
                      cases,
                      op,
                      "fraction " + field,
                      "{\"" + field + "\":1.5}",
                      "application/json",
                      Set.of(400, 404));
                }
              });
    }
    return cases.stream();
  }

  static Stream<Arguments> hostileText() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : bodyOperations()) {
      fields(op)
          .forEach(
              (field, type) ->
                  HOSTILE_TEXT.forEach(
                      (name, text) -> {
                        JsonObjectBuilder body = Json.createObjectBuilder();
                        if (type.equals("array")) {
                          body.add(field, Json.createArrayBuilder().add(text));
                        } else {
                          body.add(field, text);
                        }
                        // text is fine in a text field (2xx); everything else must be a 4xx
                        add(
                            cases,
                            op,
                            name + " in " + field,
                            body.build().toString(),
                            "application/json",
                            null);
                      }));
    }
    return cases.stream();
  }

  static Stream<Arguments> hostileIds() {
    List<Arguments> cases = new ArrayList<>();
    for (Operation op : ApiOperations.all()) {
      for (String param : op.pathParams().keySet()) {
        HOSTILE_IDS.forEach(
            (name, id) -> {
              String path = op.pathWith(Map.of(param, id));
              String body = op.method().equals("POST") || op.method().equals("PUT") ? "{}" : null;
              Case c = new Case(op, param + "=" + name, path, body, "application/json", null);
              cases.add(Arguments.of(Named.of(c.label(), c)));
            });
      }
    }
    return cases.stream();
  }

  // ---------------------------------------------------------------- tests

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void aMalformedBodyIsRefused(Case c) {
    HttpResponse<String> answer = send(c);
    if (c.expected() == null && answer.statusCode() / 100 == 2) {
      assertThat(c.kind()).as("only an optional body may be left out").isIn("null", "empty");
      return;
    }
    assertProblem(answer, c.expected(), c.label());
    if (c.kind().equals("unknown-field")) {
      assertThat(answer.body())
          .as("the problem names the unknown field: " + answer.body())
          .contains("hostileUnknownField");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void aFieldOfTheWrongTypeIsRefused(Case c) {
    assertProblem(send(c), c.expected(), c.label());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileText")
  void hostileTextNeverBreaksTheServer(Case c) {
    HttpResponse<String> answer = send(c);
    if (answer.statusCode() / 100 == 2) {
      return; // accepted as text: shown escaped (ScriptInPagesIT)
    }
    assertProblem(answer, null, c.label());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileIds")
  void aHostilePathParameterIsA4xx(Case c) {
    HttpResponse<String> answer = send(c);
    if (IDEMPOTENT.contains(c.op().key()) && answer.statusCode() == 204) {
      return;
    }
    if (c.kind().endsWith("=nul")) {
      // Liberty's HTTP channel refuses %00 before any application code runs, with its own JSON
      assertThat(answer.statusCode()).as(c.label()).isEqualTo(400);
      assertThat(json(answer.body()).getString("error_message")).doesNotContain("Exception");
      return;
    }
    assertProblem(answer, null, c.label());
  }

  @Test
  void everyBodyHasKnownFields() {
    List<String> unknown =
        bodyOperations().stream().filter(op -> fields(op).isEmpty()).map(Operation::key).toList();
    assertThat(unknown)
        .as("operations whose body fields are neither in /openapi nor in OBJECT_BODIES")
        .isEmpty();
    assertThat(OBJECT_BODIES.keySet())
        .as("OBJECT_BODIES names only documented operations")
        .isSubsetOf(ApiOperations.all().stream().map(Operation::key).toList());
  }

  @Test
  void everyOperationWithABodyHasAUser() {
    assertThat(bodyOperations())
        .allSatisfy(op -> assertThat(EndpointTableIT.allowedUsers(op.key())).isNotEmpty());
    assertThat(bodyOperations()).hasSizeGreaterThan(25);
  }

  // ---------------------------------------------------------------- helpers

  /** One request: the operation, the concrete path, the body and what may come back. */
  record Case(
      Operation op,
      String kind,
      String path,
      String body,
      String contentType,
      Set<Integer> expected) {
    String label() {
      return op.key() + " " + kind;
    }
  }

  private static List<Operation> bodyOperations() {
    return ApiOperations.all().stream().filter(Operation::hasBody).toList();
  }

  private static Map<String, String> fields(Operation op) {
    return op.fields().isEmpty() ? OBJECT_BODIES.getOrDefault(op.key(), Map.of()) : op.fields();
  }

  private static void add(
      List<Arguments> cases,
      Operation op,
      String kind,
      String body,
      String contentType,
      Set<Integer> expected) {
    String type = kind.equals("no-content-type") ? null : contentType;
    Case c = new Case(op, kind, op.pathWith(Map.of()), body, type, expected);
    cases.add(Arguments.of(Named.of(c.label(), c)));
  }

  private static HttpResponse<String> send(Case c) {
    return session(c.op()).call(c.op().method(), c.path(), c.body(), c.contentType());
  }

  static Pages session(Operation op) {
    Set<String> allowed = EndpointTableIT.allowedUsers(op.key());
    String user =
        PREFERRED.stream()
            .filter(allowed::contains)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no user may use " + op.key()));
    return SESSIONS.computeIfAbsent(user, Pages::loggedInAs);
  }

  private static void body(String operation, String fields) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String field : fields.split(" ")) {
      String[] parts = field.split(":");
      map.put(parts[0], parts[1]);
    }
    OBJECT_BODIES.put(operation, map);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A JSON object of text fields: name, value, name, value... */
  static String jsonObject(String... namesAndValues) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return object.build().toString();
  }

  static JsonObject json(String body) {
    try (var reader = Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }
}

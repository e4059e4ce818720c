package nl.spreekkamer.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations the running server documents at {@code /openapi}, so tests that go through every
 * operation cover a new endpoint without being told.
 */
public final class ApiOperations {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
  private static List<Operation> operations;

  private ApiOperations() {}

  /**
   * One documented operation.
   *
   * @param pathParams name to schema type ("integer" or "string") of each path parameter
   * @param bodyTypes the media types of the request body; empty when it takes none
   * @param fields name to JSON type of the top-level fields of the body, as documented; empty when
   *     the body is documented as a plain object
   */
  public record Operation(
      String method,
      String path,
      Map<String, String> pathParams,
      List<String> bodyTypes,
      Map<String, String> fields) {

    public String key() {
      return method + " " + path;
    }

    public boolean hasBody() {
      return !bodyTypes.isEmpty();
    }

    /** The path with every parameter replaced by a value that names nothing. */
    public String pathWith(Map<String, String> values) {
      String result = path;
      for (String name : pathParams.keySet()) {
        String value =
            values.getOrDefault(
                name, pathParams.get(name).equals("integer") ? "999999999" : "bestaat-niet");
        result = result.replace("{" + name + "}", value);
      }
      return result;
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** Every operation in /openapi, read once per test run. */
  public static synchronized List<Operation> all() {
    if (operations == null) {
      operations = read();
    }
    return operations;
  }

  private static List<Operation> read() {
    JsonObject document;
    try (var reader =
        Json.createReader(
            new StringReader(Api.anonymous().getText("/openapi?format=JSON").body()))) {
      document = reader.readObject();
    }
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    List<Operation> result = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, value) -> {
                          if (METHODS.contains(method)) {
                            result.add(operation(method, path, value.asJsonObject(), schemas));
                          }
                        }));
    return List.copyOf(result);
  }

  private static Operation operation(
      String method, String path, JsonObject operation, JsonObject schemas) {
    Map<String, String> params = new LinkedHashMap<>();
    JsonValue parameters = operation.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY);
    parameters
        .asJsonArray()
        .forEach(
            p -> {
              JsonObject parameter = p.asJsonObject();
              if ("path".equals(parameter.getString("in"))) {
                params.put(
                    parameter.getString("name"),
                    parameter
                        .getJsonObject("schema")
                        .getString("type", "string")
                        .replace("number", "integer"));
              }
            });
    List<String> bodyTypes = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    JsonObject body = operation.getJsonObject("requestBody");
    if (body != null) {
      JsonObject content = body.getJsonObject("content");
      bodyTypes.addAll(content.keySet());
      JsonObject schema = content.getJsonObject(bodyTypes.get(0)).getJsonObject("schema");
      JsonObject resolved = resolve(schema, schemas);
      resolved
          .getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT)
          .asJsonObject()
          .forEach((name, property) -> fields.put(name, type(property.asJsonObject(), schemas)));
    }
    return new Operation(method.toUpperCase(), path, params, bodyTypes, fields);
  }

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replaceFirst(".*/", "");
      return schemas.getJsonObject(name);
    }
    return schema;
  }

  private static String type(JsonObject property, JsonObject schemas) {
    JsonObject resolved = resolve(property, schemas);
    if (resolved.containsKey("enum")) {
      return "string";
    }
    return resolved.getString("type", "object");
  }
}

package nl.spreekkamer.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** Typed fields of a JSON request body; a field of the wrong type is a 400 naming the field. */
public final class JsonFields {
  private JsonFields() {}

  /** A whole number, or {@code null} when absent or null. */
  public static Long wholeNumber(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)
        || !number.isIntegral()
        || number.bigIntegerValue().bitLength() >= Long.SIZE) {
      throw new InvalidInputException(name, "validation.number");
    }
    return number.longValue();
  }

  /** A text, or {@code null} when absent or null. */
  public static String text(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new InvalidInputException(name, "validation.text");
    }
    return string.getString();
  }

  /** A whole number within the int range, or {@code null} when absent or null. */
  public static Integer count(JsonObject body, String name) {
    Long value = wholeNumber(body, name);
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new InvalidInputException(name, "validation.number");
    }
    return value.intValue();
  }

  /** A list of at most {@code max} objects, or {@code null} when absent or null. */
  public static List<JsonObject> objects(JsonObject body, String name, int max) {
    JsonArray array = array(body, name, max);
    if (array == null) {
      return null;
    }
    List<JsonObject> objects = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject object)) {
        throw new InvalidInputException(name, "validation.objects");
      }
      objects.add(object);
    }
    return objects;
  }

  /** A list of at most {@code max} ids (whole numbers), or {@code null} when absent or null. */
  public static List<Long> ids(JsonObject body, String name, int max) {
    JsonArray array = array(body, name, max);
    if (array == null) {
      return null;
    }
    List<Long> ids = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      if (!(value instanceof JsonNumber number)
          || !number.isIntegral()
          || number.bigIntegerValue().bitLength() >= Long.SIZE) {
        throw new InvalidInputException(name, "validation.ids");
      }
      ids.add(number.longValue());
    }
    return ids;
  }

  /**
   * A request body that may be left out: {@code null} when empty, otherwise it must be a JSON
   * object (400 when it is not).
   */
  public static JsonObject optionalBody(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (JsonException e) {
      // reported below
    }
    throw new InvalidInputException(null, "error.body.unreadable");
  }

  private static JsonArray array(JsonObject body, String name, int max) {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidInputException(name, "validation.list");
    }
    if (array.size() > max) {
      throw new InvalidInputException(name, "validation.list.tooLong", max);
    }
    return array;
  }
}

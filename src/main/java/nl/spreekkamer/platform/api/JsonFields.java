package nl.spreekkamer.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.spreekkamer.platform.errors.InvalidInputException;

/** Typed fields of a JSON request body; a field of the wrong type is a 400 naming the field. */
public final class JsonFields {
  private JsonFields() {}

  /**
   * Refuses a field the resource does not read (400 naming it), so a misspelt field is not silently
   * ignored. Returns the body.
   */
  public static JsonObject only(JsonObject body, String... names) {
    return onlyIn(body, null, names);
  }

  /** As {@link #only(JsonObject, String...)} for an object nested in field {@code parent}. */
  public static JsonObject onlyIn(JsonObject body, String parent, String... names) {
    for (String key : body.keySet()) {
      if (!Set.of(names).contains(key)) {
        String path = parent == null ? key : parent + "." + key;
        throw new InvalidInputException(path, "validation.unknownField", path);
      }
    }
    return body;
  }

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
    if (parse(body) instanceof JsonObject object) {
      return object;
    }
    throw new InvalidInputException(null, "error.body.unreadable");
  }

  /** Request bodies of this API are never nested deeper than this; deeper ones are refused. */
  public static final int MAX_DEPTH = 32;

  /**
   * Exactly one JSON value, nested at most {@link #MAX_DEPTH} levels, with nothing after it; {@code
   * null} for a blank text. Anything else is a 400: never a stack overflow in the parser (deep
   * nesting) and never a value read from the front of a longer, broken text.
   */
  public static JsonValue parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    requireShallow(text);
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new InvalidInputException(null, "error.body.unreadable");
      }
      return value;
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException for bad syntax, NoSuchElementException, Parsson's own depth limit
      throw new InvalidInputException(null, "error.body.unreadable");
    }
  }

  private static void requireShallow(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          throw new InvalidInputException(null, "error.body.unreadable");
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
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

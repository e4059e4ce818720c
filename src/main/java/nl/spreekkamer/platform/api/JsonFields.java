package nl.spreekkamer.platform.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
}

package nl.spreekkamer.platform.api;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.spreekkamer.platform.errors.InvalidInputException;

/**
 * Reads every JSON request body strictly before a resource sees it: it must be one well-formed JSON
 * value (no trailing text, at most {@link JsonFields#MAX_DEPTH} levels deep), an object where the
 * resource expects one, with only the fields the request record declares (also in nested records)
 * and each of the type declared. JSON-B on its own would skip unknown fields, turn {@code 1.5} into
 * {@code 1}, let a number overflow into another id and take {@code "maybe"} for {@code false}.
 * Bodies read as {@link JsonObject} are parsed here too, so a hostile body is a 400 and never a 500
 * from the JSON provider; their fields are checked by the resource ({@link JsonFields#only}).
 *
 * <p>An empty body or {@code null} reaches the resource as {@code null}, which refuses it ({@link
 * nl.spreekkamer.platform.errors.Checks#body}) unless the body is optional.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {
  private static final Map<Class<?>, Boolean> WHOLE_NUMBERS = new HashMap<>();

  static {
    WHOLE_NUMBERS.put(Long.class, true);
    WHOLE_NUMBERS.put(long.class, true);
    WHOLE_NUMBERS.put(Integer.class, false);
    WHOLE_NUMBERS.put(int.class, false);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Class<?> type = context.getType();
    boolean structure = JsonValue.class.isAssignableFrom(type);
    if (!isJson(context.getMediaType()) || !(type.isRecord() || structure)) {
      return context.proceed();
    }
    byte[] bytes = context.getInputStream().readAllBytes();
    JsonValue value = parse(bytes);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (structure) {
      if (!type.isInstance(value)) {
        throw new InvalidInputException(null, "error.body.unreadable");
      }
      return value;
    }
    check(value, context.getGenericType(), null);
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
  }

  /** The one JSON value in the body, or {@code null} for an empty body. */
  private static JsonValue parse(byte[] bytes) {
    return JsonFields.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Checks a value against the declared type; {@code field} is its path, null for the body. */
  private static void check(JsonValue value, Type declared, String field) {
    if (value == JsonValue.NULL) {
      return;
    }
    Class<?> raw = rawClass(declared);
    if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        throw field == null
            ? new InvalidInputException(null, "error.body.unreadable")
            : new InvalidInputException(field, "validation.object");
      }
      Map<String, RecordComponent> components = new HashMap<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        components.put(component.getName(), component);
      }
      object.forEach(
          (name, member) -> {
            String path = field == null ? name : field + "." + name;
            RecordComponent component = components.get(name);
            if (component == null || hasJsonbTransient(component)) {
              throw new InvalidInputException(path, "validation.unknownField", path);
            }
            check(member, component.getGenericType(), path);
          });
    } else if (raw == String.class || raw.isEnum()) {
      if (!(value instanceof JsonString)) {
        throw new InvalidInputException(field, "validation.text");
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw new InvalidInputException(field, "validation.boolean");
      }
    } else if (WHOLE_NUMBERS.containsKey(raw)) {
      int bits = WHOLE_NUMBERS.get(raw) ? Long.SIZE : Integer.SIZE;
      if (!(value instanceof JsonNumber number)
          || !number.isIntegral()
          || number.bigIntegerValue().bitLength() >= bits) {
        throw new InvalidInputException(field, "validation.number");
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        throw new InvalidInputException(field, "validation.list");
      }
      Type element =
          declared instanceof ParameterizedType parameterized
              ? parameterized.getActualTypeArguments()[0]
              : Object.class;
      array.forEach(item -> check(item, element, field));
    }
  }

  private static boolean hasJsonbTransient(RecordComponent component) {
    for (Annotation annotation : component.getAccessor().getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("JsonbTransient")) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}

package nl.spreekkamer.platform.errors;

import java.util.regex.Pattern;

/** Small input rules shared by the domain objects; each failure names the field it is about. */
public final class Checks {
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,19}$");

  private Checks() {}

  /** The request body: a missing one is refused as a whole. */
  public static <T> T body(T data) {
    if (data == null) {
      throw new InvalidInputException(null, "error.body.missing");
    }
    return data;
  }

  /** A required text of at most {@code max} characters, stripped of surrounding spaces. */
  public static String required(String field, String value, int max) {
    String text = optional(field, value, max);
    if (text == null) {
      throw new InvalidInputException(field, "validation.required");
    }
    return text;
  }

  /** An optional text of at most {@code max} characters; blank becomes {@code null}. */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, "validation.tooLong", max);
    }
    if (hasControlCharacters(text)) {
      throw new InvalidInputException(field, "validation.controlCharacters");
    }
    return text;
  }

  /**
   * Whether a text holds characters that no one types and that break documents made from it: C0 and
   * C1 control characters other than tab and line breaks (XML, and so every PDF, refuses them),
   * half surrogate pairs and the non-characters U+FFFE and U+FFFF.
   */
  public static boolean hasControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** A required e-mail address, lower-cased. */
  public static String email(String field, String value) {
    String text = required(field, value, 254);
    if (!EMAIL.matcher(text).matches()) {
      throw new InvalidInputException(field, "validation.email");
    }
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** A required Dutch or international phone number in a readable format. */
  public static String phone(String field, String value) {
    String text = required(field, value, 20);
    if (!PHONE.matcher(text).matches()) {
      throw new InvalidInputException(field, "validation.phone");
    }
    return text;
  }

  /** An optional web address; it must start with https:// or http://. */
  public static String website(String field, String value) {
    String text = optional(field, value, 200);
    if (text != null && !text.matches("^https?://[^\\s]+\\.[^\\s]+$")) {
      throw new InvalidInputException(field, "validation.website");
    }
    return text;
  }

  /** A whole number within bounds. */
  /** A required ISO date (2026-11-30). */
  public static java.time.LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "validation.required");
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(field, "validation.date");
    }
  }

  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, "validation.between", min, max);
    }
    return value;
  }
}
